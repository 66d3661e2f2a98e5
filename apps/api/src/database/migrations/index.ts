import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { BankStatements1764100000000 } from './1764100000000-bank-statements.js';
import { Dunning1764200000000 } from './1764200000000-dunning.js';
import { QueuePolicy1764300000000 } from './1764300000000-queue-policy.js';
import { Orphans1764400000000 } from './1764400000000-orphans.js';
import { DunningStageMoves1764800000000 } from './1764800000000-dunning-stage-moves.js';
import { CollectorLoad1764500000000 } from './1764500000000-collector-load.js';
import { KpiReadModels1764600000000 } from './1764600000000-kpi-read-models.js';
import { KpiMore1764700000000 } from './1764700000000-kpi-more.js';
import { KpiBalances1764900000000 } from './1764900000000-kpi-balances.js';
import { ForecastSnapshots1765000000000 } from './1765000000000-forecast-snapshots.js';
import { KpiCollector1765100000000 } from './1765100000000-kpi-collector.js';
import { KpiEventCollector1765200000000 } from './1765200000000-kpi-event-collector.js';
import { KpiClosedStage1765300000000 } from './1765300000000-kpi-closed-stage.js';
import { ClaimablePool1765400000000 } from './1765400000000-claimable-pool.js';
import { ClaimPoolRemedies1765500000000 } from './1765500000000-claim-pool-remedies.js';
import { ClaimByLanguage1765600000000 } from './1765600000000-claim-by-language.js';
import { AgencySetup1765700000000 } from './1765700000000-agency-setup.js';
import { CaseIntake1765740000000 } from './1765740000000-case-intake.js';
import { BankCsvMappings1765750000000 } from './1765750000000-bank-csv-mappings.js';
import { CaseImportOrigin1765760000000 } from './1765760000000-case-import-origin.js';
import { CaseImportHeartbeat1765800000000 } from './1765800000000-case-import-heartbeat.js';
import { LetterRequirements1765810000000 } from './1765810000000-letter-requirements.js';
import { InterestRates1765820000000 } from './1765820000000-interest-rates.js';
import { CourtLandAndFlatCredit1765830000000 } from './1765830000000-court-land-and-flat-credit.js';
import { CaseLimitation1765850000000 } from './1765850000000-case-limitation.js';
import { ContactDirection1765900000000 } from './1765900000000-contact-direction.js';
import { MessageTemplates1765910000000 } from './1765910000000-message-templates.js';
import { LettersOutTheDoor1765920000000 } from './1765920000000-letters-out-the-door.js';
import { HoldsAndDisputes1765930000000 } from './1765930000000-holds-and-disputes.js';
import { Agreements1765940000000 } from './1765940000000-agreements.js';
import { CaseLetters1766000000000 } from './1766000000000-case-letters.js';
import { SettlementExpiryAndAdjustments1766010000000 } from './1766010000000-settlement-expiry-and-adjustments.js';
import { PrintBatchParts1766020000000 } from './1766020000000-print-batch-parts.js';
import { DebtorPortal1766100000000 } from './1766100000000-debtor-portal.js';
import { PortalFigures1766120000000 } from './1766120000000-portal-figures.js';
import { PortalCallbackRequests1766130000000 } from './1766130000000-portal-callback-requests.js';
import { PaymentApprovals1766220000000 } from './1766220000000-payment-approvals.js';
import { Privacy1766270000000 } from './1766270000000-privacy.js';
import { DownloadTickets1766210000000 } from './1766210000000-download-tickets.js';
import { BankReview1766240000000 } from './1766240000000-bank-review.js';
import { SessionRefresh1766200000000 } from './1766200000000-session-refresh.js';
import { UserLanguage1766300000000 } from './1766300000000-user-language.js';
import { ActivityNoteTexts1766320000000 } from './1766320000000-activity-note-texts.js';
import { ImportMessageTexts1766340000000 } from './1766340000000-import-message-texts.js';
import { RunHoldReasonTexts1766360000000 } from './1766360000000-run-hold-reason-texts.js';

/** Every migration, oldest first. TypeORM applies the ones a database has not seen. */
export const migrations = [
  InitialSchema1764000000000, BankStatements1764100000000, Dunning1764200000000, QueuePolicy1764300000000, Orphans1764400000000,
  CollectorLoad1764500000000, KpiReadModels1764600000000, KpiMore1764700000000, DunningStageMoves1764800000000, KpiBalances1764900000000,
  ForecastSnapshots1765000000000, KpiCollector1765100000000, KpiEventCollector1765200000000, KpiClosedStage1765300000000,
  ClaimablePool1765400000000, ClaimPoolRemedies1765500000000, ClaimByLanguage1765600000000, AgencySetup1765700000000,
  CaseIntake1765740000000, BankCsvMappings1765750000000, CaseImportOrigin1765760000000, CaseImportHeartbeat1765800000000,
  LetterRequirements1765810000000, InterestRates1765820000000, CourtLandAndFlatCredit1765830000000, CaseLimitation1765850000000,
  ContactDirection1765900000000, MessageTemplates1765910000000, LettersOutTheDoor1765920000000, HoldsAndDisputes1765930000000,
  Agreements1765940000000, CaseLetters1766000000000, SettlementExpiryAndAdjustments1766010000000, PrintBatchParts1766020000000,
  DebtorPortal1766100000000, PortalFigures1766120000000, PortalCallbackRequests1766130000000, SessionRefresh1766200000000,
  DownloadTickets1766210000000, PaymentApprovals1766220000000, BankReview1766240000000, Privacy1766270000000, UserLanguage1766300000000,
  ActivityNoteTexts1766320000000, ImportMessageTexts1766340000000, RunHoldReasonTexts1766360000000,
];
