import { useContext, useEffect, useState } from 'react';
import type { Language } from '@openops/client';
import {
  assertNever,
  auditEntrySchema,
  configSections,
  procedureSchema,
  type AuditEntry,
  type ConfigSection,
  type EditableConfig,
  type Procedure,
} from '@openops/protocol';
import { formatDay } from '../elapsed';
import { ProcedureEditor } from '../procedure-editor';
import { saveProcedure } from '../procedure-api';
import { LanguageContext, useText } from '../ui-language';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';
import { ListEditor } from './list-editor';
import { isListSection, listSections } from './section-fields';
import { checkRows } from './config-issues';
import { sectionNames } from './config-names';
import { saveResult } from './config-save';
import { ConfigOutcome } from './config-outcome';
import {
  configReadProblemText,
  type ConfigReadProblem,
  type Outcome,
  type OutcomePlace,
} from './config-outcome-text';
import { NoticesForm } from './notices-form';
import { JsonSectionEditor } from './json-section-editor';
import { withSaved } from './procedure-list';
import { holidayInWords } from './holiday-day';

/** Audited changes made outside the configuration sections (their own routes). */
const otherAuditedParts: Record<Language, Record<string, string>> = {
  vi: {
    procedures: 'Thủ tục hành chính',
    'floor-settings': 'Ngưỡng cảnh báo sàn',
    backups: 'Sao lưu dữ liệu',
  },
  en: {
    procedures: 'Procedures',
    'floor-settings': 'Floor alert threshold',
    backups: 'Backups',
  },
};

/** The part of the configuration an audit entry changed, in `language`. */
const auditedPart = (section: string, language: Language): string =>
  section in sectionNames[language]
    ? sectionNames[language][section as ConfigSection]
    : (otherAuditedParts[language][section] ?? section);

type Props = {
  api: ApiCaller;
  actor: string;
  config: EditableConfig | null;
  /** Why the configuration could not be read; null when it was. */
  problem: ConfigReadProblem | null;
  /** Takes the configuration a save answered (revisions included) as the screen's state. */
  onConfig: (config: EditableConfig) => void;
  /** Reads the configuration again; resolves to whether it was read. */
  onReload: () => Promise<boolean>;
};

/**
 * Every section of the centre model, edited whole and validated whole by the server (a refusal
 * names each bad path); the most used parts — holidays and each display's notice — have forms of
 * their own. Each save names the revision of the section it edited, so a section somebody else
 * saved meanwhile is refused rather than overwritten, and the screen offers to read it again.
 * Procedures open the counter app's procedure editor. The audit log shows who changed what.
 * Everything is worded in the language shown; the centre's data (names, notices, the audit
 * log's summaries, which the server writes) is shown as configured.
 */
export const ConfigScreen = ({ api, actor, config, problem, onConfig, onReload }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [section, setSection] = useState<ConfigSection>('services');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloading, setReloading] = useState(false);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [holiday, setHoliday] = useState('');
  const [procedures, setProcedures] = useState<Procedure[] | null>(null);

  const loadAudit = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, '/audit?limit=50');
    if (reply.ok) setAudit(parseList(auditEntrySchema, reply.data));
  };

  useEffect(() => {
    void loadAudit();
    // The audit log reloads after each save; the session does not change under this screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const reload = async (place: OutcomePlace): Promise<void> => {
    setReloading(true);
    const read = await onReload();
    setReloading(false);
    setOutcome({ place, kind: read ? 'reloaded' : 'not-reloaded' });
  };

  /** Saves one section; resolves to whether it was saved. */
  const save = async (
    target: ConfigSection,
    body: unknown,
    place: OutcomePlace,
  ): Promise<boolean> => {
    if (!config) return false;
    const reply = await callApi<unknown>(api, `/config/${target}`, {
      method: 'PUT',
      body,
      headers: { 'if-match': config.revisions[target] },
    });
    const result = saveResult(target, reply);
    const saved: Outcome = { place, kind: 'saved', section: target };
    switch (result.kind) {
      case 'saved':
        onConfig(result.config);
        setOutcome(saved);
        void loadAudit();
        return true;
      case 'saved-unread':
        // Written, but what the server holds now is unknown here: read it, keep nothing stale.
        await onReload();
        setOutcome(saved);
        void loadAudit();
        return true;
      case 'stale':
        setOutcome({ place, kind: 'stale', section: target });
        return false;
      case 'refused':
        setOutcome({ place, kind: 'refused', section: target, error: result.error });
        return false;
      default:
        return assertNever(result);
    }
  };

  const openProcedures = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, '/procedures');
    if (reply.ok) setProcedures(parseList(procedureSchema, reply.data));
    else setOutcome({ place: 'sections', kind: 'procedures-unread' });
  };

  if (!config) {
    return problem ? (
      <div role="alert">
        <p>{configReadProblemText(problem, language)}</p>
        <button type="button" onClick={() => void onReload()}>
          {tx('Tải lại', 'Reload')}
        </button>
      </div>
    ) : (
      <p role="status">{tx('Đang tải cấu hình… (loading)', 'Loading the configuration…')}</p>
    );
  }
  if (procedures) {
    return (
      <ProcedureEditor
        procedures={procedures}
        save={async (procedure) => {
          const reply = await saveProcedure(api.serverUrl, procedure, actor, api.token);
          if (reply.ok) {
            // The editor picks a procedure from this list: it must hold what was just saved.
            const saved = procedureSchema.safeParse(reply.data);
            if (saved.success) setProcedures((old) => (old ? withSaved(old, saved.data) : old));
            else void openProcedures();
            void loadAudit();
          }
          return reply;
        }}
        onClose={() => setProcedures(null)}
      />
    );
  }

  const outcomeFor = (place: OutcomePlace) => (
    <ConfigOutcome
      outcome={outcome}
      place={place}
      reloading={reloading}
      onReload={() => void reload(place)}
    />
  );
  const holidays = [...config.calendar.holidays].sort();
  const revision = config.revisions[section];
  const names = sectionNames[language];
  return (
    <div className="config">
      <section aria-label={tx('Ngày nghỉ lễ', 'Public holidays')}>
        <h2>{tx('Ngày nghỉ lễ', 'Public holidays')}</h2>
        <ul>
          {holidays.map((day) => (
            <li key={day}>
              {holidayInWords(day, language)}{' '}
              <button
                type="button"
                aria-label={tx(
                  `Xoá ngày nghỉ ${formatDay(day)}`,
                  `Remove public holiday ${formatDay(day)}`,
                )}
                onClick={() =>
                  void save(
                    'calendar',
                    { ...config.calendar, holidays: holidays.filter((other) => other !== day) },
                    'holidays',
                  )
                }
              >
                {tx('Xoá', 'Remove')}
              </button>
            </li>
          ))}
        </ul>
        <form
          aria-label={tx('Thêm ngày nghỉ', 'Add a public holiday')}
          onSubmit={(event) => {
            event.preventDefault();
            if (!holiday) return;
            void save(
              'calendar',
              { ...config.calendar, holidays: [...new Set([...holidays, holiday])].sort() },
              'holidays',
            ).then((saved) => {
              if (saved) setHoliday('');
            });
          }}
        >
          <label>
            {tx('Ngày nghỉ mới', 'New public holiday')}
            <input
              type="date"
              value={holiday}
              onChange={(event) => setHoliday(event.target.value)}
            />
          </label>
          <button type="submit">{tx('Thêm ngày nghỉ', 'Add public holiday')}</button>
        </form>
        {outcomeFor('holidays')}
      </section>

      <section aria-label={tx('Dòng thông báo', 'Notices')}>
        <h2>{tx('Dòng thông báo trên màn hình', 'Notices on the displays')}</h2>
        <NoticesForm
          // Read again or saved: the form starts from what the server holds.
          key={config.revisions.displays}
          displays={config.displays}
          onSave={(displays) => void save('displays', displays, 'notices')}
        />
        {outcomeFor('notices')}
      </section>

      <section aria-label={tx('Sửa cấu hình', 'Edit the configuration')}>
        <h2>{tx('Các phần cấu hình', 'Configuration sections')}</h2>
        <label>
          {tx('Phần cấu hình', 'Configuration section')}
          <select
            value={section}
            onChange={(event) => {
              const next = configSections.find((name) => name === event.target.value);
              if (next) setSection(next);
              setOutcome(null);
            }}
          >
            {configSections.map((name) => (
              <option key={name} value={name}>
                {names[name]}
              </option>
            ))}
          </select>
        </label>
        {isListSection(section) ? (
          <ListEditor
            // Another section, or this one read again or saved: the table starts from the server's.
            key={`${section}:${revision}`}
            title={names[section]}
            fields={listSections[section]}
            entries={config[section]}
            onProblems={(cells) => setOutcome({ place: 'sections', kind: 'cells', section, cells })}
            onSave={(entries) => {
              // A row left incomplete is named here, by its row on screen, before any request.
              if (checkRows(section, entries, language).length === 0) {
                void save(section, entries, 'sections');
              } else setOutcome({ place: 'sections', kind: 'rows', section, entries });
            }}
          />
        ) : (
          <JsonSectionEditor
            key={`${section}:${revision}`}
            title={names[section]}
            value={config[section]}
            onSave={(body) => void save(section, body, 'sections')}
            onUnreadable={(reason) => setOutcome({ place: 'sections', kind: 'not-json', reason })}
          />
        )}
        {outcomeFor('sections')}
        <div className="actions">
          <button type="button" onClick={() => void openProcedures()}>
            {tx('Thủ tục và giấy tờ…', 'Procedures and documents…')}
          </button>
        </div>
      </section>

      <section aria-label={tx('Nhật ký thay đổi', 'Change log')}>
        <h2>{tx('Nhật ký thay đổi cấu hình', 'Configuration change log')}</h2>
        <table aria-label={tx('Nhật ký thay đổi cấu hình', 'Configuration change log')}>
          <thead>
            <tr>
              <th scope="col">{tx('Thời điểm', 'Time')}</th>
              <th scope="col">{tx('Người sửa', 'Changed by')}</th>
              <th scope="col">{tx('Phần', 'Section')}</th>
              <th scope="col">{tx('Nội dung', 'Change')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr key={entry.id}>
                {/* In the centre's time, as every other time on these screens. */}
                <td>
                  {new Date(entry.at).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', {
                    timeZone: config.centre.timeZone,
                  })}
                </td>
                <td>{entry.actor}</td>
                <td>{auditedPart(entry.section, language)}</td>
                {/* The server's record of the change, as it wrote it (Vietnamese). */}
                <td>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
};
