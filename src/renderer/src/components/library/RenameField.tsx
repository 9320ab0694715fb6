import { useState, type FormEvent } from 'react';

/** An inline field that renames a document: Enter saves, Escape gives up. */
export function RenameField({ title, onRename, onDone }: { title: string; onRename: (title: string) => Promise<void>; onDone: () => void }) {
  const [value, setValue] = useState(title);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = value.replace(/\s+/g, ' ').trim();
    if (next && next !== title) await onRename(next);
    onDone();
  };
  return (
    <form className="doc-rename" onSubmit={(e) => void submit(e)}>
      <input
        autoFocus
        aria-label="New name for the document"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onDone();
          }
        }}
        onBlur={onDone}
        data-testid="document-rename-input"
      />
    </form>
  );
}
