import { useEffect, useState } from 'react';
import {
  auditEntrySchema,
  configSections,
  editableConfigSchema,
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
import { checkRows, describeServerIssue } from './config-issues';

const sectionNames: Record<ConfigSection, string> = {
  centre: 'Thông tin trung tâm',
  services: 'Dịch vụ và giờ mở cửa',
  fields: 'Lĩnh vực',
  counters: 'Quầy, dịch vụ và trọng số',
  officers: 'Cán bộ và vai trò',
  displays: 'Màn hình, khu vực và dòng thông báo',
  devices: 'Thiết bị đã khai báo',
  priorityCategories: 'Đối tượng ưu tiên',
  queuePolicy: 'Chính sách gọi số',
  calendar: 'Lịch làm việc và ngày nghỉ',
};

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
  onConfig: (config: EditableConfig) => void;
};

type Outcome = { ok: true; text: string } | { ok: false; text: string; issues: string[] };

/**
 * Every section of the centre model, edited whole and validated whole by the server (a refusal
 * names each bad path); the most used parts — holidays and each display's notice — have forms of
 * their own. Procedures open the counter app's procedure editor. The audit log shows who
 * changed what.
 */
export const ConfigScreen = ({ api, actor, config, onConfig }: Props) => {
  const [section, setSection] = useState<ConfigSection>('services');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [holiday, setHoliday] = useState('');
  const [notices, setNotices] = useState<Record<string, string>>({});
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

  useEffect(() => {
    if (!config) return;
    setText(JSON.stringify(config[section], null, 2));
    setNotices(
      Object.fromEntries(config.displays.map((display) => [display.id, display.notice ?? ''])),
    );
  }, [config, section]);

  const save = async (target: ConfigSection, body: unknown): Promise<void> => {
    const reply = await callApi<unknown>(api, `/config/${target}`, { method: 'PUT', body });
    if (!reply.ok) {
      setOutcome({
        ok: false,
        text: reply.error.message,
        issues: (reply.error.issues ?? []).map((issue) =>
          isListSection(target)
            ? describeServerIssue(target, issue)
            : `${issue.path}: ${issue.message}`,
        ),
      });
      return;
    }
    const parsed = editableConfigSchema.safeParse(reply.data);
    if (parsed.success) onConfig(parsed.data);
    setOutcome({ ok: true, text: `Đã lưu: ${sectionNames[target]} (saved)` });
    await loadAudit();
  };

  const saveJson = (): void => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      setOutcome({
        ok: false,
        text: 'Nội dung không phải JSON hợp lệ (not valid JSON)',
        issues: [(error as Error).message],
      });
      return;
    }
    void save(section, body);
  };

  const openProcedures = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, '/procedures');
    if (reply.ok) setProcedures(parseList(procedureSchema, reply.data));
    else setOutcome({ ok: false, text: 'Không tải được danh sách thủ tục', issues: [] });
  };

  if (!config) return <p role="status">Đang tải cấu hình… (loading)</p>;
  if (procedures) {
    return (
      <ProcedureEditor
        procedures={procedures}
        save={async (procedure) => {
          const reply = await saveProcedure(api.serverUrl, procedure, actor, api.token);
          if (reply.ok) void loadAudit();
          return reply;
        }}
        onClose={() => setProcedures(null)}
      />
    );
  }

  const holidays = [...config.calendar.holidays].sort();
  return (
    <div className="config">
      {outcome && (
        <div role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'saved' : 'refused'}>
          <p>{outcome.text}</p>
          {!outcome.ok && outcome.issues.length > 0 && (
            <ul aria-label="Lỗi cấu hình">
              {outcome.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      )}

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
                  void save('calendar', {
                    ...config.calendar,
                    holidays: holidays.filter((other) => other !== day),
                  })
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
            void save('calendar', {
              ...config.calendar,
              holidays: [...new Set([...holidays, holiday])].sort(),
            });
            setHoliday('');
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
      </section>

      <section aria-label="Dòng thông báo">
        <h2>Dòng thông báo trên màn hình</h2>
        {config.displays.map((display) => (
          <label key={display.id} className="notice">
            {display.name}
            <textarea
              rows={2}
              maxLength={1000}
              value={notices[display.id] ?? ''}
              onChange={(event) =>
                setNotices((old) => ({ ...old, [display.id]: event.target.value }))
              }
            />
          </label>
        ))}
        <button
          type="button"
          onClick={() =>
            void save(
              'displays',
              config.displays.map((display) => {
                const notice = (notices[display.id] ?? '').trim();
                // An emptied notice is removed (JSON drops undefined): the display shows none.
                return { ...display, notice: notice === '' ? undefined : notice };
              }),
            )
          }
        >
          Lưu thông báo
        </button>
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
            title={sectionNames[section]}
            fields={listSections[section]}
            entries={config[section]}
            onSave={(entries) => {
              // A row left incomplete is named here, by its row on screen, before any request.
              const problems = checkRows(section, entries);
              if (problems.length === 0) void save(section, entries);
              else setOutcome({ ok: false, text: 'Chưa lưu: sửa các dòng sau', issues: problems });
            }}
          />
        ) : (
          <>
            <label className="json-editor">
              {`Nội dung: ${sectionNames[section]} (JSON)`}
              <textarea
                rows={18}
                spellCheck={false}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </label>
            <button type="button" className="primary" onClick={saveJson}>
              Lưu phần này
            </button>
          </>
        )}
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
                    timeZone: config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh',
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
