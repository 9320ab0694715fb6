import { useState, type FormEvent, type Ref } from 'react';

/**
 * Paths typed or pasted by hand, one per line: the way in where no native dialog or
 * drop paths exist (a plain browser), and a quick one for folders on a network drive.
 */
export function AddPathsForm({ onAdd, ref }: { onAdd: (paths: string[]) => void; ref?: Ref<HTMLTextAreaElement> }) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const paths = text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
    if (paths.length === 0) return;
    onAdd(paths);
    setText('');
  };
  return (
    <form className="add-paths" onSubmit={submit} aria-label="Add by path">
      <label htmlFor="add-paths-input">Add by path</label>
      <textarea
        id="add-paths-input"
        ref={ref}
        rows={2}
        placeholder="/path/to/contract.pdf or a folder — one per line"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter adds; Shift+Enter starts another line.
          if (e.key === 'Enter' && !e.shiftKey) submit(e);
        }}
        data-testid="add-paths-input"
      />
      <button type="submit" className="button" disabled={!text.trim()} data-testid="add-paths-submit">
        Add
      </button>
    </form>
  );
}
