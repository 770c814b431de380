import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context';
import { withZod } from '../platform/http/schemas';
import { aggregateRoutes } from './aggregate/routes';
import { AggregateService } from './aggregate/service';
import { AssessmentBodiesService } from './assessment/bodies-service';
import { EvaluationImportService } from './assessment/evaluation-import';
import { assessmentRoutes } from './assessment/routes';
import { AssessmentService } from './assessment/service';
import { CheckInService } from './attendance/check-in-service';
import { QR_KEY_LABEL, QrSigner } from './attendance/qr-signer';
import { RecordingService } from './attendance/recording-service';
import { attendanceRoutes } from './attendance/routes';
import { AttendanceService } from './attendance/service';
import { terminalRoutes } from './attendance/terminal-routes';
import { TerminalsService } from './attendance/terminals-service';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { AuthService } from './auth/service';
import { brandRoutes, publicBrandRoutes } from './brands/routes';
import { BrandsService } from './brands/service';
import { calendarRoutes } from './calendar/routes';
import { CalendarService } from './calendar/service';
import { catalogueRoutes, publicCatalogueRoutes } from './catalogue/routes';
import { CatalogueService } from './catalogue/service';
import { ClaimBatchEvaluator } from './claims/batch-evaluation';
import { ObjectionsService } from './claims/objections';
import { claimRoutes } from './claims/routes';
import { ClaimsService } from './claims/service';
import { UpgradeApplications } from './claims/upgrade-applications';
import { changeRoutes } from './classes/change-routes';
import { ChangeRequestsService } from './classes/change-service';
import { RegistryVerifier } from './classes/identity-verifier';
import { rosterRoutes } from './classes/roster-routes';
import { RosterService } from './classes/roster-service';
import { classRoutes } from './classes/routes';
import { ClassesService } from './classes/service';
import { credentialRoutes, publicCredentialRoutes } from './credentials/routes';
import { CredentialsService } from './credentials/service';
import { DemandExchangeService } from './demand/exchange';
import { demandRoutes } from './demand/routes';
import { DemandService } from './demand/service';
import { documentRoutes } from './documents/routes';
import { DocumentsService } from './documents/service';
import { enterpriseRoutes } from './enterprises/routes';
import { EnterprisesService } from './enterprises/service';
import { fundRoutes } from './funds/routes';
import { FundsService } from './funds/service';
import { healthRoutes } from './health/routes';
import { institutionRoutes } from './institutions/routes';
import { InstitutionsService } from './institutions/service';
import { BankResultsService } from './payments/bank-results';
import { PaymentBatchesService } from './payments/batches';
import { PaymentLineActions } from './payments/line-actions';
import { PayeeAccountsService } from './payments/payee-accounts';
import { paymentRoutes } from './payments/routes';
import { peopleRoutes } from './people/routes';
import { PeopleService } from './people/service';
import { portalRoutes } from './portal/routes';
import { PortalService } from './portal/service';
import { projectRoutes } from './projects/routes';
import { ProjectsService } from './projects/service';
import { publicRoutes } from './public/routes';
import { referenceRoutes } from './reference/routes';
import { ReferenceService } from './reference/service';
import { regionOverviewRoutes } from './regions/routes';
import { resourceRoutes } from './resources/routes';
import { ResourcesService } from './resources/service';
import { publicInstitutionRoutes } from './selection/public-institutions';
import { selectionRoutes } from './selection/routes';
import { SelectionService } from './selection/service';
import { EmploymentEvidenceService } from './subsidies/employment-evidence';
import { SubsidyGrantsService } from './subsidies/grants';
import { InsuranceImportService } from './subsidies/insurance-import';
import { insuranceRoutes } from './subsidies/insurance-routes';
import { policyRoutes } from './subsidies/policy-routes';
import { SubsidyPoliciesService } from './subsidies/policy-service';
import { quoteRoutes } from './subsidies/quote-routes';
import { QuoteService } from './subsidies/quote-service';
import { checkRoutes } from './supervision/routes';
import { sampleRoutes } from './supervision/sample-routes';
import { SampleService } from './supervision/sample-service';
import { SupervisionService } from './supervision/service';
import { teacherRoutes } from './teachers/routes';
import { TeachersService } from './teachers/service';
import { userRoutes } from './users/routes';
import { UsersService } from './users/service';
import { VoucherCardSync } from './vouchers/card-sync';
import { OfferingBulkIssue } from './vouchers/offering-bulk-issue';
import { OfferingClaimsService } from './vouchers/offering-claims';
import { voucherOfferingRoutes } from './vouchers/offering-routes';
import { VoucherOfferingsService } from './vouchers/offerings-service';
import { voucherRoutes } from './vouchers/routes';
import { VouchersService } from './vouchers/service';
import { wishRoutes } from './wishes/routes';
import { WishesService } from './wishes/service';

/** The services of every module, built once; modules reach each other only through these. */
export interface Services {
  reference: ReferenceService;
  users: UsersService;
  people: PeopleService;
  auth: AuthService;
  projects: ProjectsService;
  catalogue: CatalogueService;
  portal: PortalService;
  enterprises: EnterprisesService;
  demand: DemandService;
  demandExchange: DemandExchangeService;
  wishes: WishesService;
  aggregate: AggregateService;
  documents: DocumentsService;
  institutions: InstitutionsService;
  selection: SelectionService;
  brands: BrandsService;
  teachers: TeachersService;
  resources: ResourcesService;
  credentials: CredentialsService;
  calendar: CalendarService;
  classes: ClassesService;
  roster: RosterService;
  attendance: AttendanceService;
  checkIn: CheckInService;
  attendanceRecording: RecordingService;
  terminals: TerminalsService;
  supervision: SupervisionService;
  supervisionSamples: SampleService;
  classChanges: ChangeRequestsService;
  assessmentBodies: AssessmentBodiesService;
  assessment: AssessmentService;
  evaluationImport: EvaluationImportService;
  funds: FundsService;
  subsidyPolicies: SubsidyPoliciesService;
  quotes: QuoteService;
  insuranceImport: InsuranceImportService;
  employmentEvidence: EmploymentEvidenceService;
  claims: ClaimsService;
  claimObjections: ObjectionsService;
  upgradeApplications: UpgradeApplications;
  payees: PayeeAccountsService;
  paymentBatches: PaymentBatchesService;
  bankResults: BankResultsService;
  paymentLines: PaymentLineActions;
  vouchers: VouchersService;
  voucherOfferings: VoucherOfferingsService;
  offeringClaims: OfferingClaimsService;
  offeringBulkIssue: OfferingBulkIssue;
  voucherCardSync: VoucherCardSync;
  grants: SubsidyGrantsService;
}

export function createServices(platform: PlatformContext): Services {
  const reference = new ReferenceService(platform.db);
  const users = new UsersService(platform, reference);
  const people = new PeopleService(platform, reference);
  const auth = new AuthService(platform, users, people);
  const enterprises = new EnterprisesService(platform, reference, users);
  const demand = new DemandService(platform, reference, enterprises);
  const projects = new ProjectsService(platform, reference, demand);
  const catalogue = new CatalogueService(platform, reference, projects);
  const portal = new PortalService(platform.config.deploymentRegion, reference, projects, catalogue);
  const demandExchange = new DemandExchangeService(platform, reference, enterprises, demand);
  const wishes = new WishesService(platform, reference, people);
  const aggregate = new AggregateService(platform, reference);
  const documents = new DocumentsService(platform);
  const institutions = new InstitutionsService(platform, reference, users, documents);
  const brands = new BrandsService(platform, reference, institutions);
  const teachers = new TeachersService(platform, reference, people, documents, institutions);
  const selection = new SelectionService(platform, projects, institutions, teachers);
  const resources = new ResourcesService(platform, reference, documents, institutions);
  const credentials = new CredentialsService(platform, people);
  const calendar = new CalendarService(platform, reference);
  const classes = new ClassesService(platform, {
    projects,
    selection,
    institutions,
    teachers,
    resources,
    documents,
    calendar,
    people,
    reference,
  });
  const roster = new RosterService(platform, {
    classes,
    people,
    documents,
    reference,
    verifier: new RegistryVerifier(),
  });
  const signer = new QrSigner(platform.vault.derivedKey(QR_KEY_LABEL));
  const attendance = new AttendanceService(platform, { classes, people, signer });
  const checkIn = new CheckInService(platform, { classes, signer });
  const attendanceRecording = new RecordingService(platform, { classes, people });
  const terminals = new TerminalsService(platform, { institutions });
  const supervision = new SupervisionService(platform, {
    classes,
    institutions,
    documents,
    checkIns: attendance,
  });
  const supervisionSamples = new SampleService(platform, {
    classes,
    institutions,
    reference,
    checks: supervision,
  });
  const classChanges = new ChangeRequestsService(platform, { classes, roster, teachers, people, projects });
  const assessmentBodies = new AssessmentBodiesService(platform, reference, users);
  const assessment = new AssessmentService(platform, {
    classes,
    bodies: assessmentBodies,
    credentials,
    institutions,
  });
  const evaluationImport = new EvaluationImportService(platform, {
    assessment,
    bodies: assessmentBodies,
    classes,
    people,
  });
  const funds = new FundsService(platform, reference, users);
  const subsidyPolicies = new SubsidyPoliciesService(platform);
  const quotes = new QuoteService(platform, {
    policies: subsidyPolicies,
    classes,
    attendance,
    assessment,
    credentials,
    calendar,
    projects,
    people,
    reference,
  });
  const insuranceImport = new InsuranceImportService(platform, { people });
  const employmentEvidence = new EmploymentEvidenceService(platform, { classes });
  const grants = new SubsidyGrantsService({ credentials });
  const evaluator = new ClaimBatchEvaluator(platform, { policies: subsidyPolicies, calendar, reference });
  const voucherCardSync = new VoucherCardSync(platform, { people });
  const vouchers = new VouchersService(platform, { people, funds, classes, cardSync: voucherCardSync });
  const claims = new ClaimsService(platform, {
    evaluator,
    grants,
    policies: subsidyPolicies,
    classes,
    funds,
    people,
    vouchers,
  });
  const upgradeApplications = new UpgradeApplications(platform, { quotes, claims });
  const claimObjections = new ObjectionsService(platform, { funds, grants });
  const payees = new PayeeAccountsService(platform, { people });
  const paymentBatches = new PaymentBatchesService(platform, {
    claims,
    payees,
    institutions,
    people,
    reference,
  });
  const bankResults = new BankResultsService(platform, { batches: paymentBatches, claims, funds });
  const paymentLines = new PaymentLineActions(platform, { batches: paymentBatches, claims, funds, payees });
  const voucherOfferings = new VoucherOfferingsService(platform, { reference });
  const offeringClaims = new OfferingClaimsService(platform, {
    offerings: voucherOfferings,
    vouchers,
    people,
    reference,
  });
  const offeringBulkIssue = new OfferingBulkIssue({ offerings: voucherOfferings, vouchers, people });
  return {
    reference,
    users,
    people,
    auth,
    projects,
    catalogue,
    portal,
    enterprises,
    demand,
    demandExchange,
    wishes,
    aggregate,
    documents,
    institutions,
    selection,
    brands,
    teachers,
    resources,
    credentials,
    calendar,
    classes,
    roster,
    attendance,
    checkIn,
    attendanceRecording,
    terminals,
    supervision,
    supervisionSamples,
    classChanges,
    assessmentBodies,
    assessment,
    evaluationImport,
    funds,
    subsidyPolicies,
    quotes,
    insuranceImport,
    employmentEvidence,
    claims,
    claimObjections,
    upgradeApplications,
    payees,
    paymentBatches,
    bankResults,
    paymentLines,
    vouchers,
    voucherOfferings,
    offeringClaims,
    offeringBulkIssue,
    voucherCardSync,
    grants,
  };
}

/** A new module adds its routes here, with the services it needs. */
export async function registerModules(app: FastifyInstance, platform: PlatformContext): Promise<Services> {
  const services = createServices(platform);
  const regionCodes = await services.reference.regionCodes();
  const isKnownRegion = (code: string) => regionCodes.has(code);
  const zod = withZod(app);
  healthRoutes(zod, platform);
  authRoutes(zod, { platform, auth: services.auth, users: services.users, isKnownRegion });
  userRoutes(zod, services.users);
  peopleRoutes(zod, services.people);
  referenceRoutes(zod, services.reference);
  regionOverviewRoutes(zod, services);
  publicRoutes(zod, { platform, ...services });
  projectRoutes(zod, services.projects);
  catalogueRoutes(zod, services.catalogue);
  publicCatalogueRoutes(zod, services.catalogue, services.reference);
  portalRoutes(zod, services.portal);
  enterpriseRoutes(zod, services.enterprises);
  await demandRoutes(zod, { demand: services.demand, exchange: services.demandExchange });
  wishRoutes(zod, { wishes: services.wishes, isKnownRegion });
  aggregateRoutes(zod, services.aggregate);
  await documentRoutes(zod, services.documents);
  institutionRoutes(zod, { platform, institutions: services.institutions });
  selectionRoutes(zod, services.selection);
  publicInstitutionRoutes(zod, services);
  brandRoutes(zod, services.brands);
  publicBrandRoutes(zod, services.brands, services.reference);
  teacherRoutes(zod, { teachers: services.teachers, isKnownRegion });
  resourceRoutes(zod, services.resources);
  credentialRoutes(zod, services.credentials);
  publicCredentialRoutes(zod, services.credentials);
  calendarRoutes(zod, services.calendar);
  await rosterRoutes(zod, { roster: services.roster, isKnownRegion });
  classRoutes(zod, services.classes);
  attendanceRoutes(zod, {
    attendance: services.attendance,
    checkIn: services.checkIn,
    recording: services.attendanceRecording,
  });
  await terminalRoutes(zod, { terminals: services.terminals, recording: services.attendanceRecording });
  checkRoutes(zod, services.supervision);
  sampleRoutes(zod, services.supervisionSamples);
  changeRoutes(zod, { changes: services.classChanges, isKnownRegion });
  await assessmentRoutes(zod, {
    assessment: services.assessment,
    bodies: services.assessmentBodies,
    imports: services.evaluationImport,
    classes: services.classes,
  });
  fundRoutes(zod, { funds: services.funds, db: platform.db });
  policyRoutes(zod, services.subsidyPolicies);
  quoteRoutes(zod, services.quotes);
  await insuranceRoutes(zod, services.insuranceImport, services.employmentEvidence);
  claimRoutes(zod, {
    claims: services.claims,
    upgrades: services.upgradeApplications,
    objections: services.claimObjections,
    db: platform.db,
    classes: services.classes,
    institutions: services.institutions,
    people: services.people,
    grants: services.grants,
  });
  await paymentRoutes(zod, {
    db: platform.db,
    batches: services.paymentBatches,
    results: services.bankResults,
    lines: services.paymentLines,
    payees: services.payees,
  });
  voucherRoutes(zod, { vouchers: services.vouchers, cardSync: services.voucherCardSync, db: platform.db });
  voucherOfferingRoutes(zod, {
    offerings: services.voucherOfferings,
    claims: services.offeringClaims,
    bulk: services.offeringBulkIssue,
    cardSync: services.voucherCardSync,
    db: platform.db,
  });
  auditRoutes(zod, platform);
  return services;
}
