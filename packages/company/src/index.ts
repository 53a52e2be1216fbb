export * from './enums.js';
export { Company } from './entities/Company.js';
export { CompanyTreeLink } from './entities/CompanyTreeLink.js';
export { CompanyUniverse } from './entities/CompanyUniverse.js';
export { Site } from './entities/Site.js';
export { Contact } from './entities/Contact.js';
export { isValidSiren, sirenWithCheckDigit } from './rules/siren.js';
export { isValidWebsite, WEBSITE_MAX_LENGTH } from './rules/website.js';
export { isValidIban, isValidBic, ibanFromBban, maskIban, maskBic, maskMandateReference, normalizeIban, paymentDetailsInClear } from './rules/iban.js';
export { companyReference, COMPANY_REFERENCE_PATTERN } from './rules/references.js';

import { Company } from './entities/Company.js';
import { CompanyTreeLink } from './entities/CompanyTreeLink.js';
import { CompanyUniverse } from './entities/CompanyUniverse.js';
import { Site } from './entities/Site.js';
import { Contact } from './entities/Contact.js';

/** The company domain's entities, for the ORM configuration. */
export const companyEntities = [Company, CompanyTreeLink, CompanyUniverse, Site, Contact];
export { CompanyType } from './graphql/CompanyType.js';
export { companyResolvers } from './graphql/index.js';
export { SiteType, ContactType, UsefulLinks, CustomerConnection } from './graphql/types.js';
export { CustomerFilterInput, CustomerOrderInput, SiteFieldsInput } from './graphql/inputs.js';
export { searchCustomers, managementPaths, customerConditions, customersInReachSql, CustomerSortField, SortDirection, type CustomerFilter, type CustomerOrder } from './services/customer-search.js';
export { companyInReach, isProviderOf, updateCompany, universesOf, addResellerUniverse } from './services/companies.js';
export { addSite, createSite, updateSite, closeSite, normalizedSite, validateSite, type SiteFields } from './services/sites.js';
export { foldForSearch, escapeLike } from './rules/search-fold.js';
export { LEGAL_FORM_LABELS, COMPANY_STATE_LABELS } from './rules/labels.js';
export { companyRoutes } from './http/exports.js';
export { createCustomerCompany, createsCustomers, newCustomerProblems, underInput, type NewCustomer } from './services/customer-onboarding.js';
