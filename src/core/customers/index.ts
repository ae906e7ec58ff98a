/**
 * Customers to act on: profiles, the status rule, loyalty tiers, contacts, campaign lists and NPS
 * by group (docs/CUSTOMERS.md).
 */
export { buyerOrder, purchaseDays, purchaseTotals, type PurchaseDays, type PurchaseTotals } from './purchaseDays';
export { gapStats, expectedGap, MIN_GAP_CUSTOMERS, type GapStats } from './gaps';
export { medianOfIntegers, medianOfSorted, nearestRank } from './median';
export { customerStatus, STATUSES, STATUS_RULES, type CustomerStatus } from './status';
export { customerFacts, customerProfiles, expectedNextOf, statusOf, visitProfiles, VALUABLE_PERCENTILE, type CustomerFacts, type CustomerProfile, type Profiles, type ProfileOptions } from './profiles';
export {
  parseTiers,
  checkTiers,
  windowStart,
  tierValues,
  tierIndex,
  toNextTier,
  niceNumber,
  defaultTiers,
  tierHistory,
  TIER_BASES,
  TIER_WINDOWS,
  TIER_HISTORY_MONTHS,
  type TierRule,
  type TierBasis,
  type TierWindow,
  type TierOptions,
  type TierMonth,
} from './tiers';
export { nextAnniversary } from './anniversary';
export { e164, countryCode, countryOfLocale } from './phone';
export { contactColumns, CONTACT_ROLES, type ContactColumns, type ContactRole } from './contactColumns';
export { consentOf } from './consent';
export { contactCollector, splitName, type Contacts, type ContactCollector } from './contacts';
export { customerList, planCustomerList, listOfPlan, type CustomerList, type CustomerListPlan, type CustomerListOptions, type CustomerRow, type LatestAnswers } from './list';
export { answerColumns, readAnswers, scoreOf, npsBy, groupOf, NPS_GROUPINGS, MIN_NPS_ANSWERS, type AnswerColumns, type AnswersRead, type NpsGroup, type NpsGrouping } from './answers';
export { campaignList, inAudience, csvText, DESTINATIONS, VENDOR_HEADERS, NUDGE_DAYS, type Audience, type CampaignList, type Destination, type PlainHeaders } from './campaign';
export { CustomerError, type CustomerErrorCode } from './errors';
