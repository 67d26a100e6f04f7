import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../core/api';

type Props = { article: Article | null; loading: boolean; engines: string[] };

export function Reader({ article, loading, engines }: Props) {
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const [showBoilerplate, setShowBoilerplate] = useState(false);

  if (!article) {
    return (
      <main className="reader reader-empty">
        <p className="empty">{loading ? t('reader.loading') : t('reader.nothingOpen')}</p>
      </main>
    );
  }
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(article.importedAt));
  const paragraphs = article.paragraphs.filter((p) => showBoilerplate || p.role !== 'boilerplate');
  const hasBoilerplate = article.paragraphs.some((p) => p.role === 'boilerplate');

  return (
    <main className="reader">
      <header className="reader-head">
        <h2>{article.title}</h2>
        <p className="meta">
          {t('reader.importedOn', { date })} · {article.sourceName ? t('reader.from', { name: article.sourceName }) : t('reader.pasted')}
        </p>
        {hasBoilerplate && (
          <label className="toggle">
            <input type="checkbox" checked={showBoilerplate} onChange={(e) => setShowBoilerplate(e.target.checked)} />{' '}
            {t('reader.showBoilerplate')}
          </label>
        )}
      </header>
      <div className="panes">
        <section className="pane" aria-label={t('reader.source')} lang={article.sourceLang}>
          {paragraphs.map((p) => {
            const Tag = p.role === 'heading' ? 'h3' : 'p';
            return (
              <Tag key={p.start} className={`para para-${p.role}`}>
                {p.sentences.map((s) => (
                  <span
                    key={s.n}
                    className="seg"
                    data-seg={s.n}
                    tabIndex={active === s.n || (active === null && s.n === p.sentences[0]?.n && p === paragraphs[0]) ? 0 : -1}
                    aria-current={active === s.n ? 'true' : undefined}
                    onMouseEnter={() => setActive(s.n)}
                    onFocus={() => setActive(s.n)}
                  >
                    {s.text}{' '}
                  </span>
                ))}
              </Tag>
            );
          })}
        </section>
        <section className="pane pane-translation" aria-label={t('reader.translation')} lang={article.targetLang}>
          {engines.length === 0 && (
            <div className="engine-empty">
              <h3>{t('reader.noEngineTitle')}</h3>
              <p>{t('reader.noEngineBody')}</p>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
