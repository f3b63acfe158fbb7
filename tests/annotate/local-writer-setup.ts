/**
 * A unit test runs in one context, which stands for the background: it is the one writer of
 * annotations (tests/annotate/writer.test.ts covers the other contexts' path by message).
 */
import { useLocalAnnotationWriter } from '../../lib/annotate/local-writer';

useLocalAnnotationWriter();
