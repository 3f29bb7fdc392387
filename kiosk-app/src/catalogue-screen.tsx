import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@openops/client';
import { searchItems, type Procedure, type Service } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry, codeKeys } from './code-entry';
import { ProcedureDetail } from './procedure-detail';
import { ConfiguredName } from './configured-name';
import { useScrollTop } from './use-scroll-top';

type Props = {
  api: KioskApi;
  /** The list the server pushed (`procedures:changed`); fetched over REST while null. */
  pushed: Procedure[] | null;
  services: readonly Service[];
  language: Language;
  t: Translate;
  onTakeTicket: (serviceId: string) => void;
  onHome: () => void;
};

type Loaded = { kind: 'loading' } | { kind: 'ready'; procedures: Procedure[] } | { kind: 'failed' };

/**
 * The centre's procedures by field (the queue service they are received at) and by name; the
 * search ignores tone marks, so the on-screen keyboard needs none.
 */
export const CatalogueScreen = ({
  api,
  pushed,
  services,
  language,
  t,
  onTakeTicket,
  onHome,
}: Props) => {
  const [fetched, setFetched] = useState<Loaded>({ kind: 'loading' });
  const [fieldId, setFieldId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  // A procedure opened from a scrolled list starts at its name.
  useScrollTop(openId ?? 'list');

  const havePushed = pushed !== null;
  useEffect(() => {
    if (havePushed) return undefined;
    let current = true;
    void api.listProcedures().then((reply) => {
      if (current)
        setFetched(reply.ok ? { kind: 'ready', procedures: reply.data } : { kind: 'failed' });
    });
    return () => {
      current = false;
    };
  }, [api, havePushed]);
  const loaded: Loaded = useMemo(
    () => (pushed ? { kind: 'ready', procedures: pushed } : fetched),
    [pushed, fetched],
  );

  const nameOf = (service: Service): string => (language === 'vi' ? service.name : service.nameEn);
  const procedures = useMemo(() => (loaded.kind === 'ready' ? loaded.procedures : []), [loaded]);
  const shown = useMemo(
    () =>
      searchItems(
        procedures.filter((procedure) => fieldId === null || procedure.serviceId === fieldId),
        query,
        (procedure) => [procedure.name, procedure.nameEn ?? '', procedure.code],
      ),
    [procedures, fieldId, query],
  );
  const open = procedures.find((procedure) => procedure.id === openId);

  if (open) {
    const service = services.find((candidate) => candidate.id === open.serviceId);
    return (
      <ProcedureDetail
        api={api}
        procedure={open}
        serviceName={service ? nameOf(service) : null}
        language={language}
        t={t}
        onTakeTicket={service ? () => onTakeTicket(service.id) : null}
        onBack={() => setOpenId(null)}
      />
    );
  }

  const fieldsWithProcedures = services.filter((service) =>
    procedures.some((procedure) => procedure.serviceId === service.id),
  );
  return (
    <section aria-labelledby="catalogue" className="panel">
      <h2 id="catalogue">{t('catalogueTitle')}</h2>
      <p className="hint">{t('catalogueHint')}</p>
      <div role="group" aria-label={t('allFields')} className="fields">
        <button
          type="button"
          className="field"
          aria-pressed={fieldId === null}
          onClick={() => setFieldId(null)}
        >
          {t('allFields')}
        </button>
        {fieldsWithProcedures.map((service) => (
          <button
            key={service.id}
            type="button"
            className="field"
            aria-pressed={fieldId === service.id}
            onClick={() => setFieldId(service.id)}
          >
            {nameOf(service)}
          </button>
        ))}
      </div>
      <CodeEntry
        id="procedure-search"
        label={t('searchProcedures')}
        value={query}
        onChange={setQuery}
        keys={codeKeys.search}
        allowed={/[\p{L}\p{N} .-]/u}
        maxLength={60}
        t={t}
      />
      {loaded.kind === 'loading' && <p role="status">{t('connecting')}</p>}
      {loaded.kind === 'failed' && (
        <p role="alert" className="error">
          {t('proceduresUnavailable')}
        </p>
      )}
      {loaded.kind === 'ready' && shown.length === 0 && <p role="status">{t('noProcedures')}</p>}
      <ul aria-label={t('catalogueTitle')} className="procedure-list">
        {shown.map((procedure) => (
          <li key={procedure.id}>
            <button
              type="button"
              className="procedure-item"
              onClick={() => setOpenId(procedure.id)}
            >
              <ConfiguredName language={language} vi={procedure.name} en={procedure.nameEn} />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onHome}>
        {t('back')}
      </button>
    </section>
  );
};
