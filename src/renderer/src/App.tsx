/** Placeholder shell; the library, search and context views come with the desktop-app issue. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Clause Search</h1>
      <p>Search your contracts offline. Use the command line for now: clause-search ingest, then clause-search search.</p>
    </main>
  );
}
