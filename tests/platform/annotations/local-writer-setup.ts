/**
 * A unit test runs in one context, which stands for the background: it is the one writer of
 * annotations (tests/platform/annotations/writer.test.ts covers the other contexts' path by message).
 */
import { useLocalAnnotationWriter } from '../../../lib/platform/annotations/local-writer';

useLocalAnnotationWriter();
