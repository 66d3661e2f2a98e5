/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment BankTransactionFields on BankTransaction {\n    id\n    bankTransactionId\n    bookingDate\n    valueDate\n    amountCents\n    currency\n    remittanceInformation\n    debtorName\n    debtorIban\n    status\n    unmatchedReason\n    importedAt\n  }\n": typeof types.BankTransactionFieldsFragmentDoc,
    "\n  mutation ImportBankStatement(\n    $format: BankStatementFormat!\n    $content: String!\n    $fileName: String\n    $mappingId: ID\n    $mapping: BankCsvMappingInput\n  ) {\n    importBankStatement(format: $format, content: $content, fileName: $fileName, mappingId: $mappingId, mapping: $mapping) {\n      statementId\n      imported\n      matched\n      unmatched\n      duplicates\n      skippedDebits\n      rejected {\n        line\n        message\n        column\n      }\n    }\n  }\n": typeof types.ImportBankStatementDocument,
    "\n  fragment BankCsvLayoutFields on BankCsvLayout {\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n": typeof types.BankCsvLayoutFieldsFragmentDoc,
    "\n  fragment BankCsvMappingFields on BankCsvMapping {\n    id\n    updatedAt\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n": typeof types.BankCsvMappingFieldsFragmentDoc,
    "\n  query BankCsvMappings {\n    bankCsvMappings {\n      ...BankCsvMappingFields\n    }\n  }\n": typeof types.BankCsvMappingsDocument,
    "\n  mutation SaveBankCsvMapping($input: BankCsvMappingInput!, $id: ID) {\n    saveBankCsvMapping(input: $input, id: $id) {\n      ...BankCsvMappingFields\n    }\n  }\n": typeof types.SaveBankCsvMappingDocument,
    "\n  mutation DeleteBankCsvMapping($id: ID!) {\n    deleteBankCsvMapping(id: $id)\n  }\n": typeof types.DeleteBankCsvMappingDocument,
    "\n  query PreviewBankStatement($input: BankStatementPreviewInput!) {\n    previewBankStatement(input: $input) {\n      format\n      problem\n      headerLine\n      columns\n      totalRows\n      credits\n      debits\n      rejected\n      layout {\n        ...BankCsvLayoutFields\n      }\n      detected {\n        ...BankCsvLayoutFields\n      }\n      rows {\n        line\n        kind\n        bookingDate\n        valueDate\n        amountCents\n        currency\n        counterpartyName\n        counterpartyIban\n        reference\n        transactionId\n        transactionIdDerived\n        alreadyImported\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.PreviewBankStatementDocument,
    "\n  query UnmatchedBankTransactions($page: PageInput) {\n    unmatchedBankTransactions(page: $page) {\n      ...BankTransactionFields\n    }\n  }\n": typeof types.UnmatchedBankTransactionsDocument,
    "\n  mutation MatchBankTransaction($transactionId: ID!, $caseId: ID!) {\n    matchBankTransaction(transactionId: $transactionId, caseId: $caseId) {\n      ...BankTransactionFields\n      case {\n        id\n        status\n        openCents\n      }\n    }\n  }\n": typeof types.MatchBankTransactionDocument,
    "\n  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {\n    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {\n      ...BankTransactionFields\n    }\n  }\n": typeof types.IgnoreBankTransactionDocument,
    "\n  query BankMatchCandidates($search: String!, $limit: Int!) {\n    cases(filter: { search: $search }, page: { offset: 0, limit: $limit }) {\n      totalCount\n      items {\n        id\n        status\n        openCents\n        currency\n        creditor {\n          id\n          name\n        }\n        debtor {\n          id\n          ref\n          name\n        }\n        claims {\n          reference\n        }\n      }\n    }\n  }\n": typeof types.BankMatchCandidatesDocument,
    "\n  fragment CaseDetailFields on Case {\n    ...QueueCaseFields\n    placedAt\n    holdReason\n    paidAt\n    assignee {\n      id\n      name\n      email\n    }\n    creditor {\n      id\n      ref\n      name\n      country\n      currency\n      timeZone\n    }\n    debtor {\n      id\n      ref\n      name\n      kind\n      country\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n    claims {\n      id\n      reference\n      principalCents\n      currency\n      invoiceDate\n      dueDate\n      defaultDate\n    }\n    balance {\n      asOf\n      currency\n      principalCents\n      interestCents\n      feesCents\n      paidCents\n      totalCents\n      lines {\n        kind\n        amountCents\n        explanation\n      }\n      warnings {\n        code\n        country\n        tableEndsOn\n        message\n      }\n    }\n    activities {\n      id\n      channel\n      outcome\n      note\n      occurredAt\n      actor {\n        id\n        name\n        role\n      }\n    }\n    payments {\n      id\n      amountCents\n      receivedAt\n      reference\n      source\n      createdAt\n    }\n    promises {\n      id\n      amountCents\n      dueDate\n      status\n      installment\n    }\n    letters {\n      id\n      writtenOn\n      status\n      contentSha256\n      pdfSha256\n      url\n      sentOn\n      heldReason\n      error\n    }\n    court {\n      appliedOn\n      court\n      courtName\n      orderServedOn\n      objectionDeadline\n      objectionFiledOn\n      enforcementApplicationDeadline\n      enforcementAppliedOn\n      enforcementServedOn\n      enforcementObjectionDeadline\n      enforcementObjectionFiledOn\n    }\n    limitation {\n      date\n      explanation\n      steps\n      daysLeft\n      claimReference\n    }\n    priorityParts {\n      key\n      label\n      points\n      maxPoints\n      explanation\n    }\n    nextContactAllowedAt(channel: PHONE)\n    contactPolicyReason(channel: PHONE)\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  subscription CaseUpdated($caseId: ID!) {\n    caseUpdated(caseId: $caseId) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CaseUpdatedDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation RecordCourtEvent($input: RecordCourtEventInput!) {\n    recordCourtEvent(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.RecordCourtEventDocument,
    "\n  mutation UpdateDebtor($debtorId: ID!, $input: DebtorInput!) {\n    updateDebtor(debtorId: $debtorId, input: $input) {\n      id\n      name\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n  }\n": typeof types.UpdateDebtorDocument,
    "\n  query CaseLetterBlockers($id: ID!) {\n    case(id: $id) {\n      id\n      letterBlockers\n    }\n  }\n": typeof types.CaseLetterBlockersDocument,
    "\n  query CaseReturnedMail($id: ID!) {\n    case(id: $id) {\n      id\n      returnedMail {\n        id\n        reason\n        letterId\n        note\n        address\n        recordedByName\n        recordedAt\n      }\n      letters {\n        id\n        writtenOn\n        status\n      }\n    }\n  }\n": typeof types.CaseReturnedMailDocument,
    "\n  mutation RecordReturnedMail($caseId: ID!, $input: ReturnedMailInput!) {\n    recordReturnedMail(caseId: $caseId, input: $input) {\n      id\n      debtor {\n        id\n        addressUnknown\n      }\n    }\n  }\n": typeof types.RecordReturnedMailDocument,
    "\n  fragment CreditorSettingsFields on Creditor {\n    id\n    ref\n    name\n    country\n    currency\n    timeZone\n    legalName\n    street\n    postcode\n    city\n    registerCourt\n    registerNumber\n    iban\n    bic\n    vatDeductible\n    letterLanguage\n    dunningStrategy {\n      name\n      isDefault\n      stages {\n        stage\n        waitDays\n        channel\n        letterTemplate\n        paymentWindowDays\n        collectionWarning\n        fee {\n          rule\n          description\n          factor\n          firstDemand\n          raisedFactor\n          amountCents\n          label\n          statute\n        }\n      }\n    }\n    priorityWeights {\n      balance\n      overdue\n      stage\n      brokenPromises\n      callback\n      limitation\n      courtDeadline\n      lastContact\n      outcomeHistory\n      isDefault\n    }\n    contactPolicy {\n      contactHours {\n        weekdays {\n          from\n          to\n        }\n        saturday {\n          from\n          to\n        }\n        sunday {\n          from\n          to\n        }\n        holidays {\n          from\n          to\n        }\n      }\n      maxAttemptsPer7Days\n      reminderSpacingDays {\n        country\n        days\n      }\n      isDefault\n    }\n  }\n": typeof types.CreditorSettingsFieldsFragmentDoc,
    "\n  query CreditorSettings {\n    creditors {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.CreditorSettingsDocument,
    "\n  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {\n    setPriorityWeights(creditorId: $creditorId, weights: $weights) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.SetCreditorPriorityWeightsDocument,
    "\n  mutation ResetCreditorPriorityWeights($creditorId: ID!) {\n    resetPriorityWeights(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.ResetCreditorPriorityWeightsDocument,
    "\n  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {\n    setContactPolicy(creditorId: $creditorId, policy: $policy) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.SetCreditorContactPolicyDocument,
    "\n  mutation ResetCreditorContactPolicy($creditorId: ID!) {\n    resetContactPolicy(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.ResetCreditorContactPolicyDocument,
    "\n  mutation CreateCreditor($input: CreditorInput!) {\n    createCreditor(input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.CreateCreditorDocument,
    "\n  mutation UpdateCreditor($id: ID!, $input: CreditorInput!) {\n    updateCreditor(id: $id, input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.UpdateCreditorDocument,
    "\n  subscription CreditorChanged {\n    creditorChanged {\n      ...CreditorSettingsFields\n    }\n  }\n": typeof types.CreditorChangedDocument,
    "\n  fragment KpiFields on Kpis {\n    dunningDurationDaysMedian\n    dunningDurationDaysMean\n    dunningDurationDaysP90\n    paymentRate\n    paymentRateAmount\n    recoveryRate\n    recoveredCents\n    placedCents\n    collectedCents\n    promiseKeptRate\n    casesPlaced\n    casesPaidInFull\n    contacts\n    rightPartyContacts\n    rightPartyContactRate\n    contactsPerCollectorDay\n    averageHandlingSeconds\n    principalCollectedCents\n    interestCollectedCents\n    feesCollectedCents\n  }\n": typeof types.KpiFieldsFragmentDoc,
    "\n  query Dashboard($filter: KpiFilter!) {\n    kpis(filter: $filter) {\n      ...KpiFields\n    }\n    kpiSeries(filter: $filter, interval: MONTH) {\n      periodStart\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCollector(filter: $filter) {\n      collector {\n        id\n        name\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCreditor(filter: $filter) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardAnalytics($filter: KpiFilter!) {\n    kpiAgeing(filter: $filter) {\n      key\n      label\n      fromDays\n      toDays\n      cases\n      openCents\n      placedCents\n    }\n    kpiRollRates(filter: $filter) {\n      stage\n      casesAtStart\n      casesEntered\n      rolledForward\n      movedBack\n      closed\n      stayed\n    }\n    kpiForecast(filter: $filter) {\n      asOf\n      keptRate\n      horizons {\n        days\n        promisedCents\n        expectedCents\n      }\n      past {\n        days\n        madeOn\n        from\n        to\n        available\n        expectedCents\n        actualCents\n      }\n      comparable\n      firstRecordedOn\n    }\n  }\n": typeof types.DashboardAnalyticsDocument,
    "\n  subscription KpisChanged($filter: KpiFilter!) {\n    kpisChanged(filter: $filter) {\n      ...KpiFields\n    }\n  }\n": typeof types.KpisChangedDocument,
    "\n  query DashboardFilterOptions {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n    collectors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.DashboardFilterOptionsDocument,
    "\n  query KpiCases($filter: KpiFilter!, $metric: KpiMetric!, $ageingBucket: String, $offset: Int, $limit: Int) {\n    kpiCases(filter: $filter, metric: $metric, ageingBucket: $ageingBucket, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        status\n        stage\n        placedAt\n        paidAt\n        openCents\n        currency\n        debtor {\n          id\n          name\n          ref\n          country\n        }\n        creditor {\n          id\n          name\n          ref\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.KpiCasesDocument,
    "\n  query CreditorReport($creditorId: ID!, $from: Date!, $to: Date!) {\n    creditorReport(creditorId: $creditorId, from: $from, to: $to) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      from\n      to\n      currency\n      casesPlaced\n      placedCents\n      collectedCents\n      principalCollectedCents\n      interestCollectedCents\n      feesCollectedCents\n      remittanceDueCents\n    }\n  }\n": typeof types.CreditorReportDocument,
    "\n  query InterestRateStatus {\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n": typeof types.InterestRateStatusDocument,
    "\n  fragment DunningRunFields on DunningRun {\n    id\n    asOf\n    status\n    advanced\n    feesCharged\n    letters\n    emails\n    promisesBroken\n    held\n    holds {\n      caseId\n      reason\n    }\n    startedAt\n    finishedAt\n  }\n": typeof types.DunningRunFieldsFragmentDoc,
    "\n  query DunningRuns {\n    dunningRuns {\n      ...DunningRunFields\n    }\n  }\n": typeof types.DunningRunsDocument,
    "\n  mutation RunDunning($asOf: Date!) {\n    runDunning(asOf: $asOf) {\n      ...DunningRunFields\n    }\n  }\n": typeof types.RunDunningDocument,
    "\n  query DunningStrategies {\n    dunningStrategies {\n      creditor {\n        id\n        name\n        country\n        currency\n      }\n      isDefault\n      steps {\n        stage\n        waitDays\n        channel\n        feeCents\n        feeLabel\n        paymentWindowDays\n      }\n    }\n  }\n": typeof types.DunningStrategiesDocument,
    "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n": typeof types.SupervisoryAuthoritiesDocument,
    "\n  mutation AddSupervisoryAuthority($input: SupervisoryAuthorityInput!) {\n    addSupervisoryAuthority(input: $input) {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n": typeof types.AddSupervisoryAuthorityDocument,
    "\n  fragment PrintBatchFields on PrintBatch {\n    id\n    batchDate\n    createdAt\n    createdByName\n    letterCount\n    pageCount\n    sheetCount\n    pdfUrl\n    manifestUrl\n    pdfSha256\n  }\n": typeof types.PrintBatchFieldsFragmentDoc,
    "\n  query PrintBatches {\n    printBatches(limit: 14) {\n      ...PrintBatchFields\n    }\n    lettersReadyToPrint\n  }\n": typeof types.PrintBatchesDocument,
    "\n  mutation CreatePrintBatch {\n    createPrintBatch {\n      ...PrintBatchFields\n    }\n  }\n": typeof types.CreatePrintBatchDocument,
    "\n  fragment CaseImportFields on CaseImport {\n    id\n    fileName\n    createdByName\n    status\n    error\n    bytesTotal\n    bytesProcessed\n    rowsTotal\n    rowsProcessed\n    imported\n    casesCreated\n    duplicates\n    rejected\n    warnings\n    startedAt\n    finishedAt\n  }\n": typeof types.CaseImportFieldsFragmentDoc,
    "\n  query CaseImport($id: ID!) {\n    caseImport(id: $id) {\n      ...CaseImportFields\n    }\n  }\n": typeof types.CaseImportDocument,
    "\n  query CaseImports($limit: Int) {\n    caseImports(limit: $limit) {\n      ...CaseImportFields\n    }\n  }\n": typeof types.CaseImportsDocument,
    "\n  query IntakeCreditors {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n  }\n": typeof types.IntakeCreditorsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      debtor {\n        id\n        name\n      }\n      claims {\n        reference\n        principalCents\n      }\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  query InterestRates {\n    interestRates {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n      addedAt\n    }\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n": typeof types.InterestRatesDocument,
    "\n  mutation AddInterestRate($input: AddInterestRateInput!) {\n    addInterestRate(input: $input) {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n    }\n  }\n": typeof types.AddInterestRateDocument,
    "\n  query LimitationWorklist($days: Int!, $limit: Int) {\n    limitationWorklist(days: $days, limit: $limit) {\n      id\n      stage\n      status\n      openCents\n      currency\n      assignee {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n        country\n      }\n      debtor {\n        id\n        name\n      }\n      limitation {\n        date\n        daysLeft\n        claimReference\n        explanation\n      }\n    }\n  }\n": typeof types.LimitationWorklistDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment PersonFields on User {\n    id\n    email\n    name\n    role\n    team {\n      id\n      name\n    }\n    creditorIds\n    creditors {\n      id\n      ref\n      name\n    }\n    languages\n    capacity\n    active\n    online\n    mustChangePassword\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query People {\n    users {\n      ...PersonFields\n    }\n    teams {\n      id\n      name\n    }\n    creditors {\n      id\n      ref\n      name\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  fragment QueueCaseFields on Case {\n    id\n    version\n    status\n    stage\n    priority\n    nextActionAt\n    openCents\n    oldestDueDate\n    creditor {\n      id\n      name\n      currency\n    }\n    debtor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.QueueCaseFieldsFragmentDoc,
    "\n  query MyQueue {\n    myQueue {\n      ...QueueCaseFields\n    }\n  }\n": typeof types.MyQueueDocument,
    "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n      case {\n        ...QueueCaseFields\n      }\n    }\n  }\n": typeof types.QueueChangedDocument,
    "\n  mutation ClaimNextCase {\n    claimNextCase {\n      ...QueueCaseFields\n    }\n  }\n": typeof types.ClaimNextCaseDocument,
    "\n  fragment CollectorFields on User {\n    id\n    email\n    name\n    capacity\n    online\n  }\n": typeof types.CollectorFieldsFragmentDoc,
    "\n  fragment CollectorQueueFields on CollectorQueue {\n    collector {\n      ...CollectorFields\n    }\n    queueSize\n    openBalanceCents\n    oldestCaseDate\n  }\n": typeof types.CollectorQueueFieldsFragmentDoc,
    "\n  query TeamQueues {\n    teamQueues {\n      ...CollectorQueueFields\n    }\n  }\n": typeof types.TeamQueuesDocument,
    "\n  subscription TeamQueuesChanged {\n    teamQueuesChanged {\n      ...CollectorQueueFields\n    }\n  }\n": typeof types.TeamQueuesChangedDocument,
    "\n  query Collectors {\n    collectors {\n      ...CollectorFields\n    }\n  }\n": typeof types.CollectorsDocument,
    "\n  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {\n    setCapacity(collectorId: $collectorId, capacity: $capacity) {\n      ...CollectorFields\n    }\n  }\n": typeof types.SetCapacityDocument,
    "\n  query Cases($filter: CaseFilter, $page: PageInput) {\n    cases(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QueueCaseFields\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  mutation ReassignCase($caseId: ID!, $collectorId: ID!, $expectedVersion: Int!) {\n    reassignCase(caseId: $caseId, collectorId: $collectorId, expectedVersion: $expectedVersion) {\n      ...QueueCaseFields\n    }\n  }\n": typeof types.ReassignCaseDocument,
    "\n  mutation ReleaseCase($caseId: ID!) {\n    releaseCase(caseId: $caseId) {\n      ...QueueCaseFields\n    }\n  }\n": typeof types.ReleaseCaseDocument,
    "\n  fragment LoadChangeFields on CollectorLoadChange {\n    collector {\n      id\n      name\n      online\n    }\n    capacity\n    delta\n    overCapacity\n    before {\n      queueSize\n      openBalanceCents\n    }\n    after {\n      queueSize\n      openBalanceCents\n    }\n  }\n": typeof types.LoadChangeFieldsFragmentDoc,
    "\n  query LoadPreview($input: MoveCasesInput!) {\n    loadPreview(input: $input) {\n      moving\n      overCapacity\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n": typeof types.LoadPreviewDocument,
    "\n  mutation MoveCases($input: MoveCasesInput!) {\n    moveCases(input: $input) {\n      moved\n      cases {\n        ...QueueCaseFields\n      }\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n": typeof types.MoveCasesDocument,
    "\n  query OrphanCases($limit: Int!, $offset: Int!) {\n    orphanCases(limit: $limit, offset: $offset) {\n      totalCount\n      idleSince\n      items {\n        lastActivityAt\n        case {\n          ...QueueCaseFields\n        }\n      }\n    }\n  }\n": typeof types.OrphanCasesDocument,
    "\n  query PoolSize {\n    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.PoolSizeDocument,
    "\n  query DemoData {\n    demoData\n  }\n": typeof types.DemoDataDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment BankTransactionFields on BankTransaction {\n    id\n    bankTransactionId\n    bookingDate\n    valueDate\n    amountCents\n    currency\n    remittanceInformation\n    debtorName\n    debtorIban\n    status\n    unmatchedReason\n    importedAt\n  }\n": types.BankTransactionFieldsFragmentDoc,
    "\n  mutation ImportBankStatement(\n    $format: BankStatementFormat!\n    $content: String!\n    $fileName: String\n    $mappingId: ID\n    $mapping: BankCsvMappingInput\n  ) {\n    importBankStatement(format: $format, content: $content, fileName: $fileName, mappingId: $mappingId, mapping: $mapping) {\n      statementId\n      imported\n      matched\n      unmatched\n      duplicates\n      skippedDebits\n      rejected {\n        line\n        message\n        column\n      }\n    }\n  }\n": types.ImportBankStatementDocument,
    "\n  fragment BankCsvLayoutFields on BankCsvLayout {\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n": types.BankCsvLayoutFieldsFragmentDoc,
    "\n  fragment BankCsvMappingFields on BankCsvMapping {\n    id\n    updatedAt\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n": types.BankCsvMappingFieldsFragmentDoc,
    "\n  query BankCsvMappings {\n    bankCsvMappings {\n      ...BankCsvMappingFields\n    }\n  }\n": types.BankCsvMappingsDocument,
    "\n  mutation SaveBankCsvMapping($input: BankCsvMappingInput!, $id: ID) {\n    saveBankCsvMapping(input: $input, id: $id) {\n      ...BankCsvMappingFields\n    }\n  }\n": types.SaveBankCsvMappingDocument,
    "\n  mutation DeleteBankCsvMapping($id: ID!) {\n    deleteBankCsvMapping(id: $id)\n  }\n": types.DeleteBankCsvMappingDocument,
    "\n  query PreviewBankStatement($input: BankStatementPreviewInput!) {\n    previewBankStatement(input: $input) {\n      format\n      problem\n      headerLine\n      columns\n      totalRows\n      credits\n      debits\n      rejected\n      layout {\n        ...BankCsvLayoutFields\n      }\n      detected {\n        ...BankCsvLayoutFields\n      }\n      rows {\n        line\n        kind\n        bookingDate\n        valueDate\n        amountCents\n        currency\n        counterpartyName\n        counterpartyIban\n        reference\n        transactionId\n        transactionIdDerived\n        alreadyImported\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.PreviewBankStatementDocument,
    "\n  query UnmatchedBankTransactions($page: PageInput) {\n    unmatchedBankTransactions(page: $page) {\n      ...BankTransactionFields\n    }\n  }\n": types.UnmatchedBankTransactionsDocument,
    "\n  mutation MatchBankTransaction($transactionId: ID!, $caseId: ID!) {\n    matchBankTransaction(transactionId: $transactionId, caseId: $caseId) {\n      ...BankTransactionFields\n      case {\n        id\n        status\n        openCents\n      }\n    }\n  }\n": types.MatchBankTransactionDocument,
    "\n  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {\n    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {\n      ...BankTransactionFields\n    }\n  }\n": types.IgnoreBankTransactionDocument,
    "\n  query BankMatchCandidates($search: String!, $limit: Int!) {\n    cases(filter: { search: $search }, page: { offset: 0, limit: $limit }) {\n      totalCount\n      items {\n        id\n        status\n        openCents\n        currency\n        creditor {\n          id\n          name\n        }\n        debtor {\n          id\n          ref\n          name\n        }\n        claims {\n          reference\n        }\n      }\n    }\n  }\n": types.BankMatchCandidatesDocument,
    "\n  fragment CaseDetailFields on Case {\n    ...QueueCaseFields\n    placedAt\n    holdReason\n    paidAt\n    assignee {\n      id\n      name\n      email\n    }\n    creditor {\n      id\n      ref\n      name\n      country\n      currency\n      timeZone\n    }\n    debtor {\n      id\n      ref\n      name\n      kind\n      country\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n    claims {\n      id\n      reference\n      principalCents\n      currency\n      invoiceDate\n      dueDate\n      defaultDate\n    }\n    balance {\n      asOf\n      currency\n      principalCents\n      interestCents\n      feesCents\n      paidCents\n      totalCents\n      lines {\n        kind\n        amountCents\n        explanation\n      }\n      warnings {\n        code\n        country\n        tableEndsOn\n        message\n      }\n    }\n    activities {\n      id\n      channel\n      outcome\n      note\n      occurredAt\n      actor {\n        id\n        name\n        role\n      }\n    }\n    payments {\n      id\n      amountCents\n      receivedAt\n      reference\n      source\n      createdAt\n    }\n    promises {\n      id\n      amountCents\n      dueDate\n      status\n      installment\n    }\n    letters {\n      id\n      writtenOn\n      status\n      contentSha256\n      pdfSha256\n      url\n      sentOn\n      heldReason\n      error\n    }\n    court {\n      appliedOn\n      court\n      courtName\n      orderServedOn\n      objectionDeadline\n      objectionFiledOn\n      enforcementApplicationDeadline\n      enforcementAppliedOn\n      enforcementServedOn\n      enforcementObjectionDeadline\n      enforcementObjectionFiledOn\n    }\n    limitation {\n      date\n      explanation\n      steps\n      daysLeft\n      claimReference\n    }\n    priorityParts {\n      key\n      label\n      points\n      maxPoints\n      explanation\n    }\n    nextContactAllowedAt(channel: PHONE)\n    contactPolicyReason(channel: PHONE)\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.CaseDetailDocument,
    "\n  subscription CaseUpdated($caseId: ID!) {\n    caseUpdated(caseId: $caseId) {\n      ...CaseDetailFields\n    }\n  }\n": types.CaseUpdatedDocument,
    "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.RecordOutcomeDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation RecordCourtEvent($input: RecordCourtEventInput!) {\n    recordCourtEvent(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.RecordCourtEventDocument,
    "\n  mutation UpdateDebtor($debtorId: ID!, $input: DebtorInput!) {\n    updateDebtor(debtorId: $debtorId, input: $input) {\n      id\n      name\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n  }\n": types.UpdateDebtorDocument,
    "\n  query CaseLetterBlockers($id: ID!) {\n    case(id: $id) {\n      id\n      letterBlockers\n    }\n  }\n": types.CaseLetterBlockersDocument,
    "\n  query CaseReturnedMail($id: ID!) {\n    case(id: $id) {\n      id\n      returnedMail {\n        id\n        reason\n        letterId\n        note\n        address\n        recordedByName\n        recordedAt\n      }\n      letters {\n        id\n        writtenOn\n        status\n      }\n    }\n  }\n": types.CaseReturnedMailDocument,
    "\n  mutation RecordReturnedMail($caseId: ID!, $input: ReturnedMailInput!) {\n    recordReturnedMail(caseId: $caseId, input: $input) {\n      id\n      debtor {\n        id\n        addressUnknown\n      }\n    }\n  }\n": types.RecordReturnedMailDocument,
    "\n  fragment CreditorSettingsFields on Creditor {\n    id\n    ref\n    name\n    country\n    currency\n    timeZone\n    legalName\n    street\n    postcode\n    city\n    registerCourt\n    registerNumber\n    iban\n    bic\n    vatDeductible\n    letterLanguage\n    dunningStrategy {\n      name\n      isDefault\n      stages {\n        stage\n        waitDays\n        channel\n        letterTemplate\n        paymentWindowDays\n        collectionWarning\n        fee {\n          rule\n          description\n          factor\n          firstDemand\n          raisedFactor\n          amountCents\n          label\n          statute\n        }\n      }\n    }\n    priorityWeights {\n      balance\n      overdue\n      stage\n      brokenPromises\n      callback\n      limitation\n      courtDeadline\n      lastContact\n      outcomeHistory\n      isDefault\n    }\n    contactPolicy {\n      contactHours {\n        weekdays {\n          from\n          to\n        }\n        saturday {\n          from\n          to\n        }\n        sunday {\n          from\n          to\n        }\n        holidays {\n          from\n          to\n        }\n      }\n      maxAttemptsPer7Days\n      reminderSpacingDays {\n        country\n        days\n      }\n      isDefault\n    }\n  }\n": types.CreditorSettingsFieldsFragmentDoc,
    "\n  query CreditorSettings {\n    creditors {\n      ...CreditorSettingsFields\n    }\n  }\n": types.CreditorSettingsDocument,
    "\n  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {\n    setPriorityWeights(creditorId: $creditorId, weights: $weights) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.SetCreditorPriorityWeightsDocument,
    "\n  mutation ResetCreditorPriorityWeights($creditorId: ID!) {\n    resetPriorityWeights(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.ResetCreditorPriorityWeightsDocument,
    "\n  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {\n    setContactPolicy(creditorId: $creditorId, policy: $policy) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.SetCreditorContactPolicyDocument,
    "\n  mutation ResetCreditorContactPolicy($creditorId: ID!) {\n    resetContactPolicy(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.ResetCreditorContactPolicyDocument,
    "\n  mutation CreateCreditor($input: CreditorInput!) {\n    createCreditor(input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.CreateCreditorDocument,
    "\n  mutation UpdateCreditor($id: ID!, $input: CreditorInput!) {\n    updateCreditor(id: $id, input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n": types.UpdateCreditorDocument,
    "\n  subscription CreditorChanged {\n    creditorChanged {\n      ...CreditorSettingsFields\n    }\n  }\n": types.CreditorChangedDocument,
    "\n  fragment KpiFields on Kpis {\n    dunningDurationDaysMedian\n    dunningDurationDaysMean\n    dunningDurationDaysP90\n    paymentRate\n    paymentRateAmount\n    recoveryRate\n    recoveredCents\n    placedCents\n    collectedCents\n    promiseKeptRate\n    casesPlaced\n    casesPaidInFull\n    contacts\n    rightPartyContacts\n    rightPartyContactRate\n    contactsPerCollectorDay\n    averageHandlingSeconds\n    principalCollectedCents\n    interestCollectedCents\n    feesCollectedCents\n  }\n": types.KpiFieldsFragmentDoc,
    "\n  query Dashboard($filter: KpiFilter!) {\n    kpis(filter: $filter) {\n      ...KpiFields\n    }\n    kpiSeries(filter: $filter, interval: MONTH) {\n      periodStart\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCollector(filter: $filter) {\n      collector {\n        id\n        name\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCreditor(filter: $filter) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardAnalytics($filter: KpiFilter!) {\n    kpiAgeing(filter: $filter) {\n      key\n      label\n      fromDays\n      toDays\n      cases\n      openCents\n      placedCents\n    }\n    kpiRollRates(filter: $filter) {\n      stage\n      casesAtStart\n      casesEntered\n      rolledForward\n      movedBack\n      closed\n      stayed\n    }\n    kpiForecast(filter: $filter) {\n      asOf\n      keptRate\n      horizons {\n        days\n        promisedCents\n        expectedCents\n      }\n      past {\n        days\n        madeOn\n        from\n        to\n        available\n        expectedCents\n        actualCents\n      }\n      comparable\n      firstRecordedOn\n    }\n  }\n": types.DashboardAnalyticsDocument,
    "\n  subscription KpisChanged($filter: KpiFilter!) {\n    kpisChanged(filter: $filter) {\n      ...KpiFields\n    }\n  }\n": types.KpisChangedDocument,
    "\n  query DashboardFilterOptions {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n    collectors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.DashboardFilterOptionsDocument,
    "\n  query KpiCases($filter: KpiFilter!, $metric: KpiMetric!, $ageingBucket: String, $offset: Int, $limit: Int) {\n    kpiCases(filter: $filter, metric: $metric, ageingBucket: $ageingBucket, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        status\n        stage\n        placedAt\n        paidAt\n        openCents\n        currency\n        debtor {\n          id\n          name\n          ref\n          country\n        }\n        creditor {\n          id\n          name\n          ref\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.KpiCasesDocument,
    "\n  query CreditorReport($creditorId: ID!, $from: Date!, $to: Date!) {\n    creditorReport(creditorId: $creditorId, from: $from, to: $to) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      from\n      to\n      currency\n      casesPlaced\n      placedCents\n      collectedCents\n      principalCollectedCents\n      interestCollectedCents\n      feesCollectedCents\n      remittanceDueCents\n    }\n  }\n": types.CreditorReportDocument,
    "\n  query InterestRateStatus {\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n": types.InterestRateStatusDocument,
    "\n  fragment DunningRunFields on DunningRun {\n    id\n    asOf\n    status\n    advanced\n    feesCharged\n    letters\n    emails\n    promisesBroken\n    held\n    holds {\n      caseId\n      reason\n    }\n    startedAt\n    finishedAt\n  }\n": types.DunningRunFieldsFragmentDoc,
    "\n  query DunningRuns {\n    dunningRuns {\n      ...DunningRunFields\n    }\n  }\n": types.DunningRunsDocument,
    "\n  mutation RunDunning($asOf: Date!) {\n    runDunning(asOf: $asOf) {\n      ...DunningRunFields\n    }\n  }\n": types.RunDunningDocument,
    "\n  query DunningStrategies {\n    dunningStrategies {\n      creditor {\n        id\n        name\n        country\n        currency\n      }\n      isDefault\n      steps {\n        stage\n        waitDays\n        channel\n        feeCents\n        feeLabel\n        paymentWindowDays\n      }\n    }\n  }\n": types.DunningStrategiesDocument,
    "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n": types.SupervisoryAuthoritiesDocument,
    "\n  mutation AddSupervisoryAuthority($input: SupervisoryAuthorityInput!) {\n    addSupervisoryAuthority(input: $input) {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n": types.AddSupervisoryAuthorityDocument,
    "\n  fragment PrintBatchFields on PrintBatch {\n    id\n    batchDate\n    createdAt\n    createdByName\n    letterCount\n    pageCount\n    sheetCount\n    pdfUrl\n    manifestUrl\n    pdfSha256\n  }\n": types.PrintBatchFieldsFragmentDoc,
    "\n  query PrintBatches {\n    printBatches(limit: 14) {\n      ...PrintBatchFields\n    }\n    lettersReadyToPrint\n  }\n": types.PrintBatchesDocument,
    "\n  mutation CreatePrintBatch {\n    createPrintBatch {\n      ...PrintBatchFields\n    }\n  }\n": types.CreatePrintBatchDocument,
    "\n  fragment CaseImportFields on CaseImport {\n    id\n    fileName\n    createdByName\n    status\n    error\n    bytesTotal\n    bytesProcessed\n    rowsTotal\n    rowsProcessed\n    imported\n    casesCreated\n    duplicates\n    rejected\n    warnings\n    startedAt\n    finishedAt\n  }\n": types.CaseImportFieldsFragmentDoc,
    "\n  query CaseImport($id: ID!) {\n    caseImport(id: $id) {\n      ...CaseImportFields\n    }\n  }\n": types.CaseImportDocument,
    "\n  query CaseImports($limit: Int) {\n    caseImports(limit: $limit) {\n      ...CaseImportFields\n    }\n  }\n": types.CaseImportsDocument,
    "\n  query IntakeCreditors {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n  }\n": types.IntakeCreditorsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      debtor {\n        id\n        name\n      }\n      claims {\n        reference\n        principalCents\n      }\n    }\n  }\n": types.CreateCaseDocument,
    "\n  query InterestRates {\n    interestRates {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n      addedAt\n    }\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n": types.InterestRatesDocument,
    "\n  mutation AddInterestRate($input: AddInterestRateInput!) {\n    addInterestRate(input: $input) {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n    }\n  }\n": types.AddInterestRateDocument,
    "\n  query LimitationWorklist($days: Int!, $limit: Int) {\n    limitationWorklist(days: $days, limit: $limit) {\n      id\n      stage\n      status\n      openCents\n      currency\n      assignee {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n        country\n      }\n      debtor {\n        id\n        name\n      }\n      limitation {\n        date\n        daysLeft\n        claimReference\n        explanation\n      }\n    }\n  }\n": types.LimitationWorklistDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment PersonFields on User {\n    id\n    email\n    name\n    role\n    team {\n      id\n      name\n    }\n    creditorIds\n    creditors {\n      id\n      ref\n      name\n    }\n    languages\n    capacity\n    active\n    online\n    mustChangePassword\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query People {\n    users {\n      ...PersonFields\n    }\n    teams {\n      id\n      name\n    }\n    creditors {\n      id\n      ref\n      name\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  fragment QueueCaseFields on Case {\n    id\n    version\n    status\n    stage\n    priority\n    nextActionAt\n    openCents\n    oldestDueDate\n    creditor {\n      id\n      name\n      currency\n    }\n    debtor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": types.QueueCaseFieldsFragmentDoc,
    "\n  query MyQueue {\n    myQueue {\n      ...QueueCaseFields\n    }\n  }\n": types.MyQueueDocument,
    "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n      case {\n        ...QueueCaseFields\n      }\n    }\n  }\n": types.QueueChangedDocument,
    "\n  mutation ClaimNextCase {\n    claimNextCase {\n      ...QueueCaseFields\n    }\n  }\n": types.ClaimNextCaseDocument,
    "\n  fragment CollectorFields on User {\n    id\n    email\n    name\n    capacity\n    online\n  }\n": types.CollectorFieldsFragmentDoc,
    "\n  fragment CollectorQueueFields on CollectorQueue {\n    collector {\n      ...CollectorFields\n    }\n    queueSize\n    openBalanceCents\n    oldestCaseDate\n  }\n": types.CollectorQueueFieldsFragmentDoc,
    "\n  query TeamQueues {\n    teamQueues {\n      ...CollectorQueueFields\n    }\n  }\n": types.TeamQueuesDocument,
    "\n  subscription TeamQueuesChanged {\n    teamQueuesChanged {\n      ...CollectorQueueFields\n    }\n  }\n": types.TeamQueuesChangedDocument,
    "\n  query Collectors {\n    collectors {\n      ...CollectorFields\n    }\n  }\n": types.CollectorsDocument,
    "\n  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {\n    setCapacity(collectorId: $collectorId, capacity: $capacity) {\n      ...CollectorFields\n    }\n  }\n": types.SetCapacityDocument,
    "\n  query Cases($filter: CaseFilter, $page: PageInput) {\n    cases(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QueueCaseFields\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  mutation ReassignCase($caseId: ID!, $collectorId: ID!, $expectedVersion: Int!) {\n    reassignCase(caseId: $caseId, collectorId: $collectorId, expectedVersion: $expectedVersion) {\n      ...QueueCaseFields\n    }\n  }\n": types.ReassignCaseDocument,
    "\n  mutation ReleaseCase($caseId: ID!) {\n    releaseCase(caseId: $caseId) {\n      ...QueueCaseFields\n    }\n  }\n": types.ReleaseCaseDocument,
    "\n  fragment LoadChangeFields on CollectorLoadChange {\n    collector {\n      id\n      name\n      online\n    }\n    capacity\n    delta\n    overCapacity\n    before {\n      queueSize\n      openBalanceCents\n    }\n    after {\n      queueSize\n      openBalanceCents\n    }\n  }\n": types.LoadChangeFieldsFragmentDoc,
    "\n  query LoadPreview($input: MoveCasesInput!) {\n    loadPreview(input: $input) {\n      moving\n      overCapacity\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n": types.LoadPreviewDocument,
    "\n  mutation MoveCases($input: MoveCasesInput!) {\n    moveCases(input: $input) {\n      moved\n      cases {\n        ...QueueCaseFields\n      }\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n": types.MoveCasesDocument,
    "\n  query OrphanCases($limit: Int!, $offset: Int!) {\n    orphanCases(limit: $limit, offset: $offset) {\n      totalCount\n      idleSince\n      items {\n        lastActivityAt\n        case {\n          ...QueueCaseFields\n        }\n      }\n    }\n  }\n": types.OrphanCasesDocument,
    "\n  query PoolSize {\n    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {\n      totalCount\n    }\n  }\n": types.PoolSizeDocument,
    "\n  query DemoData {\n    demoData\n  }\n": types.DemoDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankTransactionFields on BankTransaction {\n    id\n    bankTransactionId\n    bookingDate\n    valueDate\n    amountCents\n    currency\n    remittanceInformation\n    debtorName\n    debtorIban\n    status\n    unmatchedReason\n    importedAt\n  }\n"): (typeof documents)["\n  fragment BankTransactionFields on BankTransaction {\n    id\n    bankTransactionId\n    bookingDate\n    valueDate\n    amountCents\n    currency\n    remittanceInformation\n    debtorName\n    debtorIban\n    status\n    unmatchedReason\n    importedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBankStatement(\n    $format: BankStatementFormat!\n    $content: String!\n    $fileName: String\n    $mappingId: ID\n    $mapping: BankCsvMappingInput\n  ) {\n    importBankStatement(format: $format, content: $content, fileName: $fileName, mappingId: $mappingId, mapping: $mapping) {\n      statementId\n      imported\n      matched\n      unmatched\n      duplicates\n      skippedDebits\n      rejected {\n        line\n        message\n        column\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBankStatement(\n    $format: BankStatementFormat!\n    $content: String!\n    $fileName: String\n    $mappingId: ID\n    $mapping: BankCsvMappingInput\n  ) {\n    importBankStatement(format: $format, content: $content, fileName: $fileName, mappingId: $mappingId, mapping: $mapping) {\n      statementId\n      imported\n      matched\n      unmatched\n      duplicates\n      skippedDebits\n      rejected {\n        line\n        message\n        column\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankCsvLayoutFields on BankCsvLayout {\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n"): (typeof documents)["\n  fragment BankCsvLayoutFields on BankCsvLayout {\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankCsvMappingFields on BankCsvMapping {\n    id\n    updatedAt\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n"): (typeof documents)["\n  fragment BankCsvMappingFields on BankCsvMapping {\n    id\n    updatedAt\n    name\n    accountIban\n    delimiter\n    decimalSeparator\n    dateFormat\n    headerLine\n    defaultCurrency\n    columns {\n      bookingDate\n      valueDate\n      amount\n      debitCredit\n      currency\n      counterpartyName\n      counterpartyIban\n      reference\n      transactionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankCsvMappings {\n    bankCsvMappings {\n      ...BankCsvMappingFields\n    }\n  }\n"): (typeof documents)["\n  query BankCsvMappings {\n    bankCsvMappings {\n      ...BankCsvMappingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBankCsvMapping($input: BankCsvMappingInput!, $id: ID) {\n    saveBankCsvMapping(input: $input, id: $id) {\n      ...BankCsvMappingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBankCsvMapping($input: BankCsvMappingInput!, $id: ID) {\n    saveBankCsvMapping(input: $input, id: $id) {\n      ...BankCsvMappingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBankCsvMapping($id: ID!) {\n    deleteBankCsvMapping(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBankCsvMapping($id: ID!) {\n    deleteBankCsvMapping(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewBankStatement($input: BankStatementPreviewInput!) {\n    previewBankStatement(input: $input) {\n      format\n      problem\n      headerLine\n      columns\n      totalRows\n      credits\n      debits\n      rejected\n      layout {\n        ...BankCsvLayoutFields\n      }\n      detected {\n        ...BankCsvLayoutFields\n      }\n      rows {\n        line\n        kind\n        bookingDate\n        valueDate\n        amountCents\n        currency\n        counterpartyName\n        counterpartyIban\n        reference\n        transactionId\n        transactionIdDerived\n        alreadyImported\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewBankStatement($input: BankStatementPreviewInput!) {\n    previewBankStatement(input: $input) {\n      format\n      problem\n      headerLine\n      columns\n      totalRows\n      credits\n      debits\n      rejected\n      layout {\n        ...BankCsvLayoutFields\n      }\n      detected {\n        ...BankCsvLayoutFields\n      }\n      rows {\n        line\n        kind\n        bookingDate\n        valueDate\n        amountCents\n        currency\n        counterpartyName\n        counterpartyIban\n        reference\n        transactionId\n        transactionIdDerived\n        alreadyImported\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmatchedBankTransactions($page: PageInput) {\n    unmatchedBankTransactions(page: $page) {\n      ...BankTransactionFields\n    }\n  }\n"): (typeof documents)["\n  query UnmatchedBankTransactions($page: PageInput) {\n    unmatchedBankTransactions(page: $page) {\n      ...BankTransactionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchBankTransaction($transactionId: ID!, $caseId: ID!) {\n    matchBankTransaction(transactionId: $transactionId, caseId: $caseId) {\n      ...BankTransactionFields\n      case {\n        id\n        status\n        openCents\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatchBankTransaction($transactionId: ID!, $caseId: ID!) {\n    matchBankTransaction(transactionId: $transactionId, caseId: $caseId) {\n      ...BankTransactionFields\n      case {\n        id\n        status\n        openCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {\n    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {\n      ...BankTransactionFields\n    }\n  }\n"): (typeof documents)["\n  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {\n    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {\n      ...BankTransactionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankMatchCandidates($search: String!, $limit: Int!) {\n    cases(filter: { search: $search }, page: { offset: 0, limit: $limit }) {\n      totalCount\n      items {\n        id\n        status\n        openCents\n        currency\n        creditor {\n          id\n          name\n        }\n        debtor {\n          id\n          ref\n          name\n        }\n        claims {\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankMatchCandidates($search: String!, $limit: Int!) {\n    cases(filter: { search: $search }, page: { offset: 0, limit: $limit }) {\n      totalCount\n      items {\n        id\n        status\n        openCents\n        currency\n        creditor {\n          id\n          name\n        }\n        debtor {\n          id\n          ref\n          name\n        }\n        claims {\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on Case {\n    ...QueueCaseFields\n    placedAt\n    holdReason\n    paidAt\n    assignee {\n      id\n      name\n      email\n    }\n    creditor {\n      id\n      ref\n      name\n      country\n      currency\n      timeZone\n    }\n    debtor {\n      id\n      ref\n      name\n      kind\n      country\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n    claims {\n      id\n      reference\n      principalCents\n      currency\n      invoiceDate\n      dueDate\n      defaultDate\n    }\n    balance {\n      asOf\n      currency\n      principalCents\n      interestCents\n      feesCents\n      paidCents\n      totalCents\n      lines {\n        kind\n        amountCents\n        explanation\n      }\n      warnings {\n        code\n        country\n        tableEndsOn\n        message\n      }\n    }\n    activities {\n      id\n      channel\n      outcome\n      note\n      occurredAt\n      actor {\n        id\n        name\n        role\n      }\n    }\n    payments {\n      id\n      amountCents\n      receivedAt\n      reference\n      source\n      createdAt\n    }\n    promises {\n      id\n      amountCents\n      dueDate\n      status\n      installment\n    }\n    letters {\n      id\n      writtenOn\n      status\n      contentSha256\n      pdfSha256\n      url\n      sentOn\n      heldReason\n      error\n    }\n    court {\n      appliedOn\n      court\n      courtName\n      orderServedOn\n      objectionDeadline\n      objectionFiledOn\n      enforcementApplicationDeadline\n      enforcementAppliedOn\n      enforcementServedOn\n      enforcementObjectionDeadline\n      enforcementObjectionFiledOn\n    }\n    limitation {\n      date\n      explanation\n      steps\n      daysLeft\n      claimReference\n    }\n    priorityParts {\n      key\n      label\n      points\n      maxPoints\n      explanation\n    }\n    nextContactAllowedAt(channel: PHONE)\n    contactPolicyReason(channel: PHONE)\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on Case {\n    ...QueueCaseFields\n    placedAt\n    holdReason\n    paidAt\n    assignee {\n      id\n      name\n      email\n    }\n    creditor {\n      id\n      ref\n      name\n      country\n      currency\n      timeZone\n    }\n    debtor {\n      id\n      ref\n      name\n      kind\n      country\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n    claims {\n      id\n      reference\n      principalCents\n      currency\n      invoiceDate\n      dueDate\n      defaultDate\n    }\n    balance {\n      asOf\n      currency\n      principalCents\n      interestCents\n      feesCents\n      paidCents\n      totalCents\n      lines {\n        kind\n        amountCents\n        explanation\n      }\n      warnings {\n        code\n        country\n        tableEndsOn\n        message\n      }\n    }\n    activities {\n      id\n      channel\n      outcome\n      note\n      occurredAt\n      actor {\n        id\n        name\n        role\n      }\n    }\n    payments {\n      id\n      amountCents\n      receivedAt\n      reference\n      source\n      createdAt\n    }\n    promises {\n      id\n      amountCents\n      dueDate\n      status\n      installment\n    }\n    letters {\n      id\n      writtenOn\n      status\n      contentSha256\n      pdfSha256\n      url\n      sentOn\n      heldReason\n      error\n    }\n    court {\n      appliedOn\n      court\n      courtName\n      orderServedOn\n      objectionDeadline\n      objectionFiledOn\n      enforcementApplicationDeadline\n      enforcementAppliedOn\n      enforcementServedOn\n      enforcementObjectionDeadline\n      enforcementObjectionFiledOn\n    }\n    limitation {\n      date\n      explanation\n      steps\n      daysLeft\n      claimReference\n    }\n    priorityParts {\n      key\n      label\n      points\n      maxPoints\n      explanation\n    }\n    nextContactAllowedAt(channel: PHONE)\n    contactPolicyReason(channel: PHONE)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdated($caseId: ID!) {\n    caseUpdated(caseId: $caseId) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription CaseUpdated($caseId: ID!) {\n    caseUpdated(caseId: $caseId) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCourtEvent($input: RecordCourtEventInput!) {\n    recordCourtEvent(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCourtEvent($input: RecordCourtEventInput!) {\n    recordCourtEvent(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDebtor($debtorId: ID!, $input: DebtorInput!) {\n    updateDebtor(debtorId: $debtorId, input: $input) {\n      id\n      name\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDebtor($debtorId: ID!, $input: DebtorInput!) {\n    updateDebtor(debtorId: $debtorId, input: $input) {\n      id\n      name\n      email\n      phone\n      address\n      addressUnknown\n      addressResearched\n      language\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseLetterBlockers($id: ID!) {\n    case(id: $id) {\n      id\n      letterBlockers\n    }\n  }\n"): (typeof documents)["\n  query CaseLetterBlockers($id: ID!) {\n    case(id: $id) {\n      id\n      letterBlockers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReturnedMail($id: ID!) {\n    case(id: $id) {\n      id\n      returnedMail {\n        id\n        reason\n        letterId\n        note\n        address\n        recordedByName\n        recordedAt\n      }\n      letters {\n        id\n        writtenOn\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseReturnedMail($id: ID!) {\n    case(id: $id) {\n      id\n      returnedMail {\n        id\n        reason\n        letterId\n        note\n        address\n        recordedByName\n        recordedAt\n      }\n      letters {\n        id\n        writtenOn\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReturnedMail($caseId: ID!, $input: ReturnedMailInput!) {\n    recordReturnedMail(caseId: $caseId, input: $input) {\n      id\n      debtor {\n        id\n        addressUnknown\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReturnedMail($caseId: ID!, $input: ReturnedMailInput!) {\n    recordReturnedMail(caseId: $caseId, input: $input) {\n      id\n      debtor {\n        id\n        addressUnknown\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditorSettingsFields on Creditor {\n    id\n    ref\n    name\n    country\n    currency\n    timeZone\n    legalName\n    street\n    postcode\n    city\n    registerCourt\n    registerNumber\n    iban\n    bic\n    vatDeductible\n    letterLanguage\n    dunningStrategy {\n      name\n      isDefault\n      stages {\n        stage\n        waitDays\n        channel\n        letterTemplate\n        paymentWindowDays\n        collectionWarning\n        fee {\n          rule\n          description\n          factor\n          firstDemand\n          raisedFactor\n          amountCents\n          label\n          statute\n        }\n      }\n    }\n    priorityWeights {\n      balance\n      overdue\n      stage\n      brokenPromises\n      callback\n      limitation\n      courtDeadline\n      lastContact\n      outcomeHistory\n      isDefault\n    }\n    contactPolicy {\n      contactHours {\n        weekdays {\n          from\n          to\n        }\n        saturday {\n          from\n          to\n        }\n        sunday {\n          from\n          to\n        }\n        holidays {\n          from\n          to\n        }\n      }\n      maxAttemptsPer7Days\n      reminderSpacingDays {\n        country\n        days\n      }\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  fragment CreditorSettingsFields on Creditor {\n    id\n    ref\n    name\n    country\n    currency\n    timeZone\n    legalName\n    street\n    postcode\n    city\n    registerCourt\n    registerNumber\n    iban\n    bic\n    vatDeductible\n    letterLanguage\n    dunningStrategy {\n      name\n      isDefault\n      stages {\n        stage\n        waitDays\n        channel\n        letterTemplate\n        paymentWindowDays\n        collectionWarning\n        fee {\n          rule\n          description\n          factor\n          firstDemand\n          raisedFactor\n          amountCents\n          label\n          statute\n        }\n      }\n    }\n    priorityWeights {\n      balance\n      overdue\n      stage\n      brokenPromises\n      callback\n      limitation\n      courtDeadline\n      lastContact\n      outcomeHistory\n      isDefault\n    }\n    contactPolicy {\n      contactHours {\n        weekdays {\n          from\n          to\n        }\n        saturday {\n          from\n          to\n        }\n        sunday {\n          from\n          to\n        }\n        holidays {\n          from\n          to\n        }\n      }\n      maxAttemptsPer7Days\n      reminderSpacingDays {\n        country\n        days\n      }\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditorSettings {\n    creditors {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query CreditorSettings {\n    creditors {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {\n    setPriorityWeights(creditorId: $creditorId, weights: $weights) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {\n    setPriorityWeights(creditorId: $creditorId, weights: $weights) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCreditorPriorityWeights($creditorId: ID!) {\n    resetPriorityWeights(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCreditorPriorityWeights($creditorId: ID!) {\n    resetPriorityWeights(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {\n    setContactPolicy(creditorId: $creditorId, policy: $policy) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {\n    setContactPolicy(creditorId: $creditorId, policy: $policy) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCreditorContactPolicy($creditorId: ID!) {\n    resetContactPolicy(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCreditorContactPolicy($creditorId: ID!) {\n    resetContactPolicy(creditorId: $creditorId) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditor($input: CreditorInput!) {\n    createCreditor(input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditor($input: CreditorInput!) {\n    createCreditor(input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCreditor($id: ID!, $input: CreditorInput!) {\n    updateCreditor(id: $id, input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCreditor($id: ID!, $input: CreditorInput!) {\n    updateCreditor(id: $id, input: $input) {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CreditorChanged {\n    creditorChanged {\n      ...CreditorSettingsFields\n    }\n  }\n"): (typeof documents)["\n  subscription CreditorChanged {\n    creditorChanged {\n      ...CreditorSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFields on Kpis {\n    dunningDurationDaysMedian\n    dunningDurationDaysMean\n    dunningDurationDaysP90\n    paymentRate\n    paymentRateAmount\n    recoveryRate\n    recoveredCents\n    placedCents\n    collectedCents\n    promiseKeptRate\n    casesPlaced\n    casesPaidInFull\n    contacts\n    rightPartyContacts\n    rightPartyContactRate\n    contactsPerCollectorDay\n    averageHandlingSeconds\n    principalCollectedCents\n    interestCollectedCents\n    feesCollectedCents\n  }\n"): (typeof documents)["\n  fragment KpiFields on Kpis {\n    dunningDurationDaysMedian\n    dunningDurationDaysMean\n    dunningDurationDaysP90\n    paymentRate\n    paymentRateAmount\n    recoveryRate\n    recoveredCents\n    placedCents\n    collectedCents\n    promiseKeptRate\n    casesPlaced\n    casesPaidInFull\n    contacts\n    rightPartyContacts\n    rightPartyContactRate\n    contactsPerCollectorDay\n    averageHandlingSeconds\n    principalCollectedCents\n    interestCollectedCents\n    feesCollectedCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: KpiFilter!) {\n    kpis(filter: $filter) {\n      ...KpiFields\n    }\n    kpiSeries(filter: $filter, interval: MONTH) {\n      periodStart\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCollector(filter: $filter) {\n      collector {\n        id\n        name\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCreditor(filter: $filter) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: KpiFilter!) {\n    kpis(filter: $filter) {\n      ...KpiFields\n    }\n    kpiSeries(filter: $filter, interval: MONTH) {\n      periodStart\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCollector(filter: $filter) {\n      collector {\n        id\n        name\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n    kpisByCreditor(filter: $filter) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      kpis {\n        ...KpiFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAnalytics($filter: KpiFilter!) {\n    kpiAgeing(filter: $filter) {\n      key\n      label\n      fromDays\n      toDays\n      cases\n      openCents\n      placedCents\n    }\n    kpiRollRates(filter: $filter) {\n      stage\n      casesAtStart\n      casesEntered\n      rolledForward\n      movedBack\n      closed\n      stayed\n    }\n    kpiForecast(filter: $filter) {\n      asOf\n      keptRate\n      horizons {\n        days\n        promisedCents\n        expectedCents\n      }\n      past {\n        days\n        madeOn\n        from\n        to\n        available\n        expectedCents\n        actualCents\n      }\n      comparable\n      firstRecordedOn\n    }\n  }\n"): (typeof documents)["\n  query DashboardAnalytics($filter: KpiFilter!) {\n    kpiAgeing(filter: $filter) {\n      key\n      label\n      fromDays\n      toDays\n      cases\n      openCents\n      placedCents\n    }\n    kpiRollRates(filter: $filter) {\n      stage\n      casesAtStart\n      casesEntered\n      rolledForward\n      movedBack\n      closed\n      stayed\n    }\n    kpiForecast(filter: $filter) {\n      asOf\n      keptRate\n      horizons {\n        days\n        promisedCents\n        expectedCents\n      }\n      past {\n        days\n        madeOn\n        from\n        to\n        available\n        expectedCents\n        actualCents\n      }\n      comparable\n      firstRecordedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KpisChanged($filter: KpiFilter!) {\n    kpisChanged(filter: $filter) {\n      ...KpiFields\n    }\n  }\n"): (typeof documents)["\n  subscription KpisChanged($filter: KpiFilter!) {\n    kpisChanged(filter: $filter) {\n      ...KpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFilterOptions {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n    collectors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DashboardFilterOptions {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n    collectors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiCases($filter: KpiFilter!, $metric: KpiMetric!, $ageingBucket: String, $offset: Int, $limit: Int) {\n    kpiCases(filter: $filter, metric: $metric, ageingBucket: $ageingBucket, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        status\n        stage\n        placedAt\n        paidAt\n        openCents\n        currency\n        debtor {\n          id\n          name\n          ref\n          country\n        }\n        creditor {\n          id\n          name\n          ref\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiCases($filter: KpiFilter!, $metric: KpiMetric!, $ageingBucket: String, $offset: Int, $limit: Int) {\n    kpiCases(filter: $filter, metric: $metric, ageingBucket: $ageingBucket, offset: $offset, limit: $limit) {\n      totalCount\n      items {\n        id\n        status\n        stage\n        placedAt\n        paidAt\n        openCents\n        currency\n        debtor {\n          id\n          name\n          ref\n          country\n        }\n        creditor {\n          id\n          name\n          ref\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditorReport($creditorId: ID!, $from: Date!, $to: Date!) {\n    creditorReport(creditorId: $creditorId, from: $from, to: $to) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      from\n      to\n      currency\n      casesPlaced\n      placedCents\n      collectedCents\n      principalCollectedCents\n      interestCollectedCents\n      feesCollectedCents\n      remittanceDueCents\n    }\n  }\n"): (typeof documents)["\n  query CreditorReport($creditorId: ID!, $from: Date!, $to: Date!) {\n    creditorReport(creditorId: $creditorId, from: $from, to: $to) {\n      creditor {\n        id\n        ref\n        name\n        country\n        currency\n      }\n      from\n      to\n      currency\n      casesPlaced\n      placedCents\n      collectedCents\n      principalCollectedCents\n      interestCollectedCents\n      feesCollectedCents\n      remittanceDueCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestRateStatus {\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n"): (typeof documents)["\n  query InterestRateStatus {\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DunningRunFields on DunningRun {\n    id\n    asOf\n    status\n    advanced\n    feesCharged\n    letters\n    emails\n    promisesBroken\n    held\n    holds {\n      caseId\n      reason\n    }\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment DunningRunFields on DunningRun {\n    id\n    asOf\n    status\n    advanced\n    feesCharged\n    letters\n    emails\n    promisesBroken\n    held\n    holds {\n      caseId\n      reason\n    }\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningRuns {\n    dunningRuns {\n      ...DunningRunFields\n    }\n  }\n"): (typeof documents)["\n  query DunningRuns {\n    dunningRuns {\n      ...DunningRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDunning($asOf: Date!) {\n    runDunning(asOf: $asOf) {\n      ...DunningRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunDunning($asOf: Date!) {\n    runDunning(asOf: $asOf) {\n      ...DunningRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DunningStrategies {\n    dunningStrategies {\n      creditor {\n        id\n        name\n        country\n        currency\n      }\n      isDefault\n      steps {\n        stage\n        waitDays\n        channel\n        feeCents\n        feeLabel\n        paymentWindowDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query DunningStrategies {\n    dunningStrategies {\n      creditor {\n        id\n        name\n        country\n        currency\n      }\n      isDefault\n      steps {\n        stage\n        waitDays\n        channel\n        feeCents\n        feeLabel\n        paymentWindowDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n"): (typeof documents)["\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupervisoryAuthority($input: SupervisoryAuthorityInput!) {\n    addSupervisoryAuthority(input: $input) {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n"): (typeof documents)["\n  mutation AddSupervisoryAuthority($input: SupervisoryAuthorityInput!) {\n    addSupervisoryAuthority(input: $input) {\n      id\n      validFrom\n      name\n      address\n      electronicContact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrintBatchFields on PrintBatch {\n    id\n    batchDate\n    createdAt\n    createdByName\n    letterCount\n    pageCount\n    sheetCount\n    pdfUrl\n    manifestUrl\n    pdfSha256\n  }\n"): (typeof documents)["\n  fragment PrintBatchFields on PrintBatch {\n    id\n    batchDate\n    createdAt\n    createdByName\n    letterCount\n    pageCount\n    sheetCount\n    pdfUrl\n    manifestUrl\n    pdfSha256\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintBatches {\n    printBatches(limit: 14) {\n      ...PrintBatchFields\n    }\n    lettersReadyToPrint\n  }\n"): (typeof documents)["\n  query PrintBatches {\n    printBatches(limit: 14) {\n      ...PrintBatchFields\n    }\n    lettersReadyToPrint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePrintBatch {\n    createPrintBatch {\n      ...PrintBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePrintBatch {\n    createPrintBatch {\n      ...PrintBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseImportFields on CaseImport {\n    id\n    fileName\n    createdByName\n    status\n    error\n    bytesTotal\n    bytesProcessed\n    rowsTotal\n    rowsProcessed\n    imported\n    casesCreated\n    duplicates\n    rejected\n    warnings\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment CaseImportFields on CaseImport {\n    id\n    fileName\n    createdByName\n    status\n    error\n    bytesTotal\n    bytesProcessed\n    rowsTotal\n    rowsProcessed\n    imported\n    casesCreated\n    duplicates\n    rejected\n    warnings\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseImport($id: ID!) {\n    caseImport(id: $id) {\n      ...CaseImportFields\n    }\n  }\n"): (typeof documents)["\n  query CaseImport($id: ID!) {\n    caseImport(id: $id) {\n      ...CaseImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseImports($limit: Int) {\n    caseImports(limit: $limit) {\n      ...CaseImportFields\n    }\n  }\n"): (typeof documents)["\n  query CaseImports($limit: Int) {\n    caseImports(limit: $limit) {\n      ...CaseImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCreditors {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n  }\n"): (typeof documents)["\n  query IntakeCreditors {\n    creditors {\n      id\n      ref\n      name\n      country\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      debtor {\n        id\n        name\n      }\n      claims {\n        reference\n        principalCents\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      debtor {\n        id\n        name\n      }\n      claims {\n        reference\n        principalCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestRates {\n    interestRates {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n      addedAt\n    }\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n"): (typeof documents)["\n  query InterestRates {\n    interestRates {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n      addedAt\n    }\n    interestRateStatus {\n      country\n      endsOn\n      currentThrough\n      stale\n      staleCases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInterestRate($input: AddInterestRateInput!) {\n    addInterestRate(input: $input) {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation AddInterestRate($input: AddInterestRateInput!) {\n    addInterestRate(input: $input) {\n      country\n      from\n      ratePercent\n      builtIn\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitationWorklist($days: Int!, $limit: Int) {\n    limitationWorklist(days: $days, limit: $limit) {\n      id\n      stage\n      status\n      openCents\n      currency\n      assignee {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n        country\n      }\n      debtor {\n        id\n        name\n      }\n      limitation {\n        date\n        daysLeft\n        claimReference\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitationWorklist($days: Int!, $limit: Int) {\n    limitationWorklist(days: $days, limit: $limit) {\n      id\n      stage\n      status\n      openCents\n      currency\n      assignee {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n        country\n      }\n      debtor {\n        id\n        name\n      }\n      limitation {\n        date\n        daysLeft\n        claimReference\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on User {\n    id\n    email\n    name\n    role\n    team {\n      id\n      name\n    }\n    creditorIds\n    creditors {\n      id\n      ref\n      name\n    }\n    languages\n    capacity\n    active\n    online\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment PersonFields on User {\n    id\n    email\n    name\n    role\n    team {\n      id\n      name\n    }\n    creditorIds\n    creditors {\n      id\n      ref\n      name\n    }\n    languages\n    capacity\n    active\n    online\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    users {\n      ...PersonFields\n    }\n    teams {\n      id\n      name\n    }\n    creditors {\n      id\n      ref\n      name\n    }\n  }\n"): (typeof documents)["\n  query People {\n    users {\n      ...PersonFields\n    }\n    teams {\n      id\n      name\n    }\n    creditors {\n      id\n      ref\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...PersonFields\n      }\n      oneTimePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueCaseFields on Case {\n    id\n    version\n    status\n    stage\n    priority\n    nextActionAt\n    openCents\n    oldestDueDate\n    creditor {\n      id\n      name\n      currency\n    }\n    debtor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment QueueCaseFields on Case {\n    id\n    version\n    status\n    stage\n    priority\n    nextActionAt\n    openCents\n    oldestDueDate\n    creditor {\n      id\n      name\n      currency\n    }\n    debtor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueue {\n    myQueue {\n      ...QueueCaseFields\n    }\n  }\n"): (typeof documents)["\n  query MyQueue {\n    myQueue {\n      ...QueueCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n      case {\n        ...QueueCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n      case {\n        ...QueueCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNextCase {\n    claimNextCase {\n      ...QueueCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNextCase {\n    claimNextCase {\n      ...QueueCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollectorFields on User {\n    id\n    email\n    name\n    capacity\n    online\n  }\n"): (typeof documents)["\n  fragment CollectorFields on User {\n    id\n    email\n    name\n    capacity\n    online\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollectorQueueFields on CollectorQueue {\n    collector {\n      ...CollectorFields\n    }\n    queueSize\n    openBalanceCents\n    oldestCaseDate\n  }\n"): (typeof documents)["\n  fragment CollectorQueueFields on CollectorQueue {\n    collector {\n      ...CollectorFields\n    }\n    queueSize\n    openBalanceCents\n    oldestCaseDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamQueues {\n    teamQueues {\n      ...CollectorQueueFields\n    }\n  }\n"): (typeof documents)["\n  query TeamQueues {\n    teamQueues {\n      ...CollectorQueueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TeamQueuesChanged {\n    teamQueuesChanged {\n      ...CollectorQueueFields\n    }\n  }\n"): (typeof documents)["\n  subscription TeamQueuesChanged {\n    teamQueuesChanged {\n      ...CollectorQueueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collectors {\n    collectors {\n      ...CollectorFields\n    }\n  }\n"): (typeof documents)["\n  query Collectors {\n    collectors {\n      ...CollectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {\n    setCapacity(collectorId: $collectorId, capacity: $capacity) {\n      ...CollectorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCapacity($collectorId: ID!, $capacity: Int!) {\n    setCapacity(collectorId: $collectorId, capacity: $capacity) {\n      ...CollectorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $page: PageInput) {\n    cases(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QueueCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $page: PageInput) {\n    cases(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...QueueCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignCase($caseId: ID!, $collectorId: ID!, $expectedVersion: Int!) {\n    reassignCase(caseId: $caseId, collectorId: $collectorId, expectedVersion: $expectedVersion) {\n      ...QueueCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignCase($caseId: ID!, $collectorId: ID!, $expectedVersion: Int!) {\n    reassignCase(caseId: $caseId, collectorId: $collectorId, expectedVersion: $expectedVersion) {\n      ...QueueCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCase($caseId: ID!) {\n    releaseCase(caseId: $caseId) {\n      ...QueueCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCase($caseId: ID!) {\n    releaseCase(caseId: $caseId) {\n      ...QueueCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoadChangeFields on CollectorLoadChange {\n    collector {\n      id\n      name\n      online\n    }\n    capacity\n    delta\n    overCapacity\n    before {\n      queueSize\n      openBalanceCents\n    }\n    after {\n      queueSize\n      openBalanceCents\n    }\n  }\n"): (typeof documents)["\n  fragment LoadChangeFields on CollectorLoadChange {\n    collector {\n      id\n      name\n      online\n    }\n    capacity\n    delta\n    overCapacity\n    before {\n      queueSize\n      openBalanceCents\n    }\n    after {\n      queueSize\n      openBalanceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadPreview($input: MoveCasesInput!) {\n    loadPreview(input: $input) {\n      moving\n      overCapacity\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoadPreview($input: MoveCasesInput!) {\n    loadPreview(input: $input) {\n      moving\n      overCapacity\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCases($input: MoveCasesInput!) {\n    moveCases(input: $input) {\n      moved\n      cases {\n        ...QueueCaseFields\n      }\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCases($input: MoveCasesInput!) {\n    moveCases(input: $input) {\n      moved\n      cases {\n        ...QueueCaseFields\n      }\n      loads {\n        ...LoadChangeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrphanCases($limit: Int!, $offset: Int!) {\n    orphanCases(limit: $limit, offset: $offset) {\n      totalCount\n      idleSince\n      items {\n        lastActivityAt\n        case {\n          ...QueueCaseFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrphanCases($limit: Int!, $offset: Int!) {\n    orphanCases(limit: $limit, offset: $offset) {\n      totalCount\n      idleSince\n      items {\n        lastActivityAt\n        case {\n          ...QueueCaseFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolSize {\n    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PoolSize {\n    cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 1 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoData {\n    demoData\n  }\n"): (typeof documents)["\n  query DemoData {\n    demoData\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;