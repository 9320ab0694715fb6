/** Ctrl/Cmd+F, Ctrl/Cmd+K, and "/" outside a text field focus the search box (the window has no find-in-page). */
export function focusSearchKey(event: KeyboardEvent, input: () => HTMLInputElement | null): void {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const chord = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'f' || event.key === 'k');
  if (!chord && !(event.key === '/' && !typing && !event.ctrlKey && !event.metaKey)) return;
  const box = input();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
}
