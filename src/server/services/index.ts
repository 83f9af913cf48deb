import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { createAccess } from './access.service.js';
import { createAdminService } from './admin.service.js';
import { createAuditLogService } from './audit-log.service.js';
import { createAuthService } from './auth.service.js';
import { createCalendarService } from './calendar.service.js';
import { createDirectoryService } from './directory.service.js';
import { createExecutionReportService } from './execution-report.service.js';
import { createChairmanService } from './chairman.service.js';
import { createEscalationService } from './escalation.service.js';
import { createNoticeInboxService } from './notice-inbox.service.js';
import { createExecutionService } from './execution.service.js';
import { createExtensionService } from './extension.service.js';
import { createReportingPeriodService } from './reporting-period.service.js';
import { createPlanElectionService } from './plan-election.service.js';
import { createPlanEventService } from './plan-event.service.js';
import { createReminderService } from './reminder.service.js';
import { smtpMailer } from '../mail/mailer.js';
import { configuredFileStorage } from '../storage/file-storage.js';
import { createExportService } from './export.service.js';
import { createImportService } from './import.service.js';
import { createItemService } from './item.service.js';
import { createPlanService } from './plan.service.js';
import { createPlanLifecycleService } from './plan-lifecycle.service.js';
import { createPlanCopyService } from './plan-copy.service.js';
import { createProgrammeProgressService } from './programme-progress.service.js';
import { createTokenService } from './token.service.js';
import { createCascadeService } from './cascade.service.js';
import { createConsolidationService } from './consolidation.service.js';
import { createRegionalDashboardService } from './regional-dashboard.service.js';
import { createTallyWarmService } from './tally-warm.service.js';

type ExecutionEnv =
  'DATA_DIR' | 'FILE_STORAGE' | 'UPLOAD_MAX_BYTES' | 'SMTP_URL' | 'MAIL_FROM' | 'REMINDER_DAYS' | 'REMINDER_TIME' | 'REMINDER_TIME_ZONE' | 'PUBLIC_URL';

/** Wires services over one database handle; routes receive this object. */
export function createServices(db: Db, env: Pick<Env, 'SESSION_TTL_HOURS' | 'IMPORT_MAX_BYTES' | ExecutionEnv>) {
  const access = createAccess();
  const plans = createPlanService(db, access);
  const execution = createExecutionService(db, access, { storage: configuredFileStorage(env, db), uploadMaxBytes: env.UPLOAD_MAX_BYTES });
  const planExports = createExportService(db, plans);
  return {
    access,
    auth: createAuthService(db, { sessionTtlHours: env.SESSION_TTL_HOURS }),
    plans,
    lifecycle: createPlanLifecycleService(db, access),
    planCopy: createPlanCopyService(db, access),
    cascade: createCascadeService(db, access),
    consolidation: createConsolidationService(db, access),
    regionalDashboard: createRegionalDashboardService(db, access),
    tokens: createTokenService(db),
    imports: createImportService(db, access, plans, { maxBytes: env.IMPORT_MAX_BYTES }),
    items: createItemService(db, access),
    directory: createDirectoryService(db),
    admin: createAdminService(db, access),
    auditLog: createAuditLogService(db),
    exports: planExports,
    calendars: createCalendarService(db, access, plans, planExports),
    execution,
    programmeProgress: createProgrammeProgressService(db, access, execution),
    planEvents: createPlanEventService(db, access),
    planElections: createPlanElectionService(db, access),
    executionReport: createExecutionReportService(db, execution),
    escalations: createEscalationService(db, access, {
      time: env.REMINDER_TIME,
      timeZone: env.REMINDER_TIME_ZONE,
      mail: Boolean(env.SMTP_URL),
      publicUrl: env.PUBLIC_URL ?? null,
    }),
    notices: createNoticeInboxService(db),
    extensions: createExtensionService(db, execution),
    reportingPeriods: createReportingPeriodService(db, access),
    chairman: createChairmanService(db, execution),
    tallyWarm: createTallyWarmService(db),
    reminders: createReminderService(db, {
      mailer: env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM) : null,
      days: env.REMINDER_DAYS,
      time: env.REMINDER_TIME,
      timeZone: env.REMINDER_TIME_ZONE,
      publicUrl: env.PUBLIC_URL ?? null,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
