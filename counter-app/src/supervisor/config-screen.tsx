import { useEffect, useState } from 'react';
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
import { formatDay, formatDayWithWeekday } from '../elapsed';
import { ProcedureEditor } from '../procedure-editor';
import { saveProcedure } from '../procedure-api';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';
import { ListEditor } from './list-editor';
import { isListSection, listSections } from './section-fields';
import { checkRows } from './config-issues';
import { sectionNames } from './config-names';
import { saveResult } from './config-save';
import { ConfigOutcome, type Outcome, type OutcomePlace } from './config-outcome';
import { NoticesForm } from './notices-form';
import { JsonSectionEditor } from './json-section-editor';
import { withSaved } from './procedure-list';

/** Audited changes made outside the configuration sections (their own routes). */
const otherAuditedParts: Record<string, string> = {
  procedures: 'Thủ tục hành chính',
  'floor-settings': 'Ngưỡng cảnh báo sàn',
  backups: 'Sao lưu dữ liệu',
};

type Props = {
  api: ApiCaller;
  actor: string;
  config: EditableConfig | null;
  /** Why the configuration could not be read; null when it was. */
  problem: string | null;
  /** Takes the configuration a save answered (revisions included) as the screen's state. */
  onConfig: (config: EditableConfig) => void;
  /** Reads the configuration again; resolves to whether it was read. */
  onReload: () => Promise<boolean>;
};

const refused = (place: OutcomePlace, text: string, issues: string[] = []): Outcome => ({
  place,
  ok: false,
  text,
  issues,
  stale: false,
});

/**
 * Every section of the centre model, edited whole and validated whole by the server (a refusal
 * names each bad path); the most used parts — holidays and each display's notice — have forms of
 * their own. Each save names the revision of the section it edited, so a section somebody else
 * saved meanwhile is refused rather than overwritten, and the screen offers to read it again.
 * Procedures open the counter app's procedure editor. The audit log shows who changed what.
 */
export const ConfigScreen = ({ api, actor, config, problem, onConfig, onReload }: Props) => {
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
    setOutcome(
      read
        ? {
            place,
            ok: true,
            text: 'Đã tải lại cấu hình mới nhất. Hãy sửa lại phần cần thay đổi rồi lưu.',
            issues: [],
            stale: false,
          }
        : { ...refused(place, 'Không tải lại được cấu hình; hãy thử lại.'), stale: true },
    );
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
    const saved = {
      place,
      ok: true,
      text: `Đã lưu: ${sectionNames[target]} (saved)`,
      issues: [],
      stale: false,
    };
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
        setOutcome({
          ...refused(
            place,
            `Chưa lưu: phần "${sectionNames[target]}" vừa được người khác thay đổi sau khi bạn mở. Bấm "Tải lại" để xem bản mới nhất rồi sửa lại.`,
          ),
          stale: true,
        });
        return false;
      case 'refused':
        setOutcome(refused(place, result.text, result.issues));
        return false;
      default:
        return assertNever(result);
    }
  };

  const openProcedures = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, '/procedures');
    if (reply.ok) setProcedures(parseList(procedureSchema, reply.data));
    else setOutcome(refused('sections', 'Không tải được danh sách thủ tục'));
  };

  if (!config) {
    return problem ? (
      <div role="alert">
        <p>{problem}</p>
        <button type="button" onClick={() => void onReload()}>
          Tải lại
        </button>
      </div>
    ) : (
      <p role="status">Đang tải cấu hình… (loading)</p>
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
  return (
    <div className="config">
      <section aria-label="Ngày nghỉ lễ">
        <h2>Ngày nghỉ lễ</h2>
        <ul>
          {holidays.map((day) => (
            <li key={day}>
              {formatDayWithWeekday(day)}{' '}
              <button
                type="button"
                aria-label={`Xoá ngày nghỉ ${formatDay(day)}`}
                onClick={() =>
                  void save(
                    'calendar',
                    { ...config.calendar, holidays: holidays.filter((other) => other !== day) },
                    'holidays',
                  )
                }
              >
                Xoá
              </button>
            </li>
          ))}
        </ul>
        <form
          aria-label="Thêm ngày nghỉ"
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
            Ngày nghỉ mới
            <input
              type="date"
              value={holiday}
              onChange={(event) => setHoliday(event.target.value)}
            />
          </label>
          <button type="submit">Thêm ngày nghỉ</button>
        </form>
        {outcomeFor('holidays')}
      </section>

      <section aria-label="Dòng thông báo">
        <h2>Dòng thông báo trên màn hình</h2>
        <NoticesForm
          // Read again or saved: the form starts from what the server holds.
          key={config.revisions.displays}
          displays={config.displays}
          onSave={(displays) => void save('displays', displays, 'notices')}
        />
        {outcomeFor('notices')}
      </section>

      <section aria-label="Sửa cấu hình">
        <h2>Các phần cấu hình</h2>
        <label>
          Phần cấu hình
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
                {sectionNames[name]}
              </option>
            ))}
          </select>
        </label>
        {isListSection(section) ? (
          <ListEditor
            // Another section, or this one read again or saved: the table starts from the server's.
            key={`${section}:${revision}`}
            title={sectionNames[section]}
            fields={listSections[section]}
            entries={config[section]}
            onProblems={(problems) =>
              setOutcome(refused('sections', 'Chưa lưu: sửa các dòng sau', problems))
            }
            onSave={(entries) => {
              // A row left incomplete is named here, by its row on screen, before any request.
              const problems = checkRows(section, entries);
              if (problems.length === 0) void save(section, entries, 'sections');
              else setOutcome(refused('sections', 'Chưa lưu: sửa các dòng sau', problems));
            }}
          />
        ) : (
          <JsonSectionEditor
            key={`${section}:${revision}`}
            title={sectionNames[section]}
            value={config[section]}
            onSave={(body) => void save(section, body, 'sections')}
            onUnreadable={(reason) =>
              setOutcome(
                refused('sections', 'Nội dung không phải JSON hợp lệ (not valid JSON)', [reason]),
              )
            }
          />
        )}
        {outcomeFor('sections')}
        <div className="actions">
          <button type="button" onClick={() => void openProcedures()}>
            Thủ tục và giấy tờ…
          </button>
        </div>
      </section>

      <section aria-label="Nhật ký thay đổi">
        <h2>Nhật ký thay đổi cấu hình</h2>
        <table aria-label="Nhật ký thay đổi cấu hình">
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Người sửa</th>
              <th scope="col">Phần</th>
              <th scope="col">Nội dung</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr key={entry.id}>
                {/* In the centre's time, as every other time on these screens. */}
                <td>
                  {new Date(entry.at).toLocaleString('vi-VN', {
                    timeZone: config.centre.timeZone,
                  })}
                </td>
                <td>{entry.actor}</td>
                <td>
                  {entry.section in sectionNames
                    ? sectionNames[entry.section as ConfigSection]
                    : (otherAuditedParts[entry.section] ?? entry.section)}
                </td>
                <td>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
};
