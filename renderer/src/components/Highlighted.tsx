/** Renders a search snippet whose matches are marked with U+E000 … U+E001, without HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(\ue000[^\ue001]*\ue001)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('\ue000') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
