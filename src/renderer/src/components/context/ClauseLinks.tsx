import { useEffect, useState } from 'react';
import type { ClauseLinks as Links } from '../../../../shared/clause-links';
import { api, errorSentence } from '../../api/client';
import './clause-links.css';

/**
 * The strip under a clause's title: the defined terms it uses (each opens its definition)
 * and the clauses it refers to (each opens that clause's text in place).
 */
export function ClauseLinks({ clauseId }: { clauseId: number }) {
  const [links, setLinks] = useState<Links | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [openTerm, setOpenTerm] = useState<string | null>(null);
  const [openReference, setOpenReference] = useState<{ label: string; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    setLinks(null);
    setOpenTerm(null);
    setOpenReference(null);
    setProblem(null);
    api()
      .getClauseLinks(clauseId)
      .then((l) => live && setLinks(l))
      .catch((e) => live && setProblem(errorSentence(e)));
    return () => {
      live = false;
    };
  }, [clauseId]);

  if (problem) return <p className="clause-links-problem">{problem}</p>;
  if (!links || (links.definitions.length === 0 && links.references.length === 0)) return null;
  const definition = links.definitions.find((d) => d.term === openTerm);
  const showReference = async (targetClauseId: number, label: string) => {
    if (openReference?.label === label) return setOpenReference(null);
    try {
      const context = await api().getClauseContext(targetClauseId, 0);
      setOpenReference({ label, text: context.clause.text });
    } catch (e) {
      setProblem(errorSentence(e));
    }
  };
  return (
    <div className="clause-links" data-testid="clause-links">
      {links.definitions.length > 0 && (
        <div className="clause-links-row">
          <span className="clause-links-label">Defined terms</span>
          {links.definitions.map((d) => (
            <button
              key={d.term}
              type="button"
              className={`clause-link${openTerm === d.term ? ' is-open' : ''}`}
              aria-expanded={openTerm === d.term}
              data-testid="definition-term"
              onClick={() => setOpenTerm(openTerm === d.term ? null : d.term)}
            >
              {d.term}
            </button>
          ))}
        </div>
      )}
      {definition && (
        <blockquote className="clause-links-text" data-testid="definition-text">
          {definition.text}
        </blockquote>
      )}
      {links.references.length > 0 && (
        <div className="clause-links-row">
          <span className="clause-links-label">Refers to</span>
          {links.references.map((r, i) =>
            r.targetClauseId === null ? (
              <span key={i} className="clause-link is-missing" title="No clause with this number was found in the contract">
                {r.label}
              </span>
            ) : (
              <button
                key={i}
                type="button"
                className={`clause-link${openReference?.label === r.label ? ' is-open' : ''}`}
                title={r.targetLabel ?? undefined}
                data-testid="reference-link"
                onClick={() => void showReference(r.targetClauseId!, r.label)}
              >
                {r.label}
              </button>
            ),
          )}
        </div>
      )}
      {openReference && (
        <blockquote className="clause-links-text" data-testid="reference-text">
          {openReference.text}
        </blockquote>
      )}
    </div>
  );
}
