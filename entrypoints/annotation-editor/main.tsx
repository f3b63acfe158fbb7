import { startEditorPage, EDITOR_FRAME_CSS } from '../../lib/page/annotator';

const style = document.createElement('style');
style.textContent = EDITOR_FRAME_CSS;
document.head.append(style);
startEditorPage(document.getElementById('app')!);
