import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>AI Industry Lens</h1>
      <label>
        Search <input type="search" autoFocus />
      </label>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
