import type { ArticleRef, Interaction } from "../../shared/graph-schema.js";
import { isUnrealised } from "../../shared/filter.js";
import type { FileEdge, FileNode } from "../data/indexes.js";
import { MODALITY_LABEL, TYPE_LABEL, articleLabel, countsText, formatWeight, safeHref } from "./format.js";

interface Props {
  edge: FileEdge;
  node: (key: string) => FileNode | undefined;
  articles: Map<string, ArticleRef>;
  onSelectActor: (key: string) => void;
  onBack: (() => void) | null;
  onClose: () => void;
}

const CHANNEL_LABEL = { "in-person": "In person", phone: "Phone", video: "Video" } as const;

function byDate(a: Interaction, b: Interaction): number {
  return (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id);
}

function ArticleCite({ id, articles }: { id: string; articles: Map<string, ArticleRef> }) {
  const art = articles.get(id);
  if (!art) return <cite className="muted">unknown article {id}</cite>;
  const href = safeHref(art.url);
  const label = articleLabel(art);
  return (
    <cite title={`Article ${art.id} (${art.source})`}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {art.date && <span className="muted"> · {art.date}</span>}
      {!href && art.url && <span className="muted url-text"> · {art.url}</span>}
    </cite>
  );
}

export function EvidencePanel({ edge, node, articles, onSelectActor, onBack, onClose }: Props) {
  const label = (k: string) => node(k)?.attributes.label ?? k;
  const interactions = [...edge.attributes.interactions].sort(byDate);
  return (
    <section className="panel" data-testid="evidence-panel" aria-labelledby="evidence-title">
      <header className="panel-head">
        {onBack && (
          <button type="button" className="icon-btn" onClick={onBack} aria-label="Back to actor">
            ←
          </button>
        )}
        <div className="panel-title-block">
          <h2 id="evidence-title">
            <button type="button" className="link-btn" onClick={() => onSelectActor(edge.source)}>
              {label(edge.source)}
            </button>
            <span className="muted"> – </span>
            <button type="button" className="link-btn" onClick={() => onSelectActor(edge.target)}>
              {label(edge.target)}
            </button>
          </h2>
          <p className="muted">
            {countsText(edge.attributes)} · weight {formatWeight(edge.attributes.weight)}
          </p>
        </div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label="Close evidence">
          ×
        </button>
      </header>
      <ol className="interactions">
        {interactions.map((i) => {
          const unrealised = isUnrealised(i);
          return (
            <li key={i.id} className={`interaction interaction-${i.type}${unrealised ? " unrealised" : ""}`} data-modality={i.modality ?? ""}>
              <div className="interaction-head">
                <span className={`badge badge-${i.type}`}>{TYPE_LABEL[i.type]}</span>
                {i.modality && (
                  <span className={`badge ${unrealised ? "badge-unrealised" : "badge-occurred"}`} data-testid="modality">
                    {MODALITY_LABEL[i.modality]}
                    {unrealised && <span className="visually-hidden"> (did not take place; not counted)</span>}
                  </span>
                )}
                {i.channel && <span className="badge badge-plain">{CHANNEL_LABEL[i.channel]}</span>}
                {i.transcript && (
                  <span className="badge badge-plain" data-testid="transcript" title="Read from the speaker's own words in a transcript, not from reported speech">
                    transcript
                  </span>
                )}
                <span className="interaction-date">{i.date ?? "undated"}</span>
              </div>
              {i.speaker && (
                <p className="speaker">
                  Speaker: <strong>{label(i.speaker)}</strong>
                </p>
              )}
              <ul className="evidence">
                {i.evidence.map((ev, j) => (
                  <li key={j}>
                    <blockquote>{ev.sentence}</blockquote>
                    <ArticleCite id={ev.article} articles={articles} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
