/**
 * The word list of the generated tiny tokenizer: common English function words and the
 * vocabulary of contracts, so test clauses tokenize into whole words more often than not.
 * Anything else still tokenizes, through the single-character pieces.
 */
export const TINY_WORDS: readonly string[] = `
the of and to in a is that for it as with be by on not this are or at from an which
have has had was were will would shall may must can could should such any all each
other no nor if then than upon under within without into out up down over after before
between during until unless where when whether while its their his her they them he she
we our you your us who whom whose what how also only more most less least same so but
one two three four five six seven eight nine ten first second third days day months
month year years time date dates period term terms notice written writing
agreement contract party parties clause section article schedule annex exhibit appendix
provision provisions herein hereof hereby hereunder thereof therein subject pursuant
including include includes limited limitation limitations liability liable damages loss
losses indirect consequential incidental special punitive direct cap caps fees paid
payable payment payments amount amounts total aggregate exceed exceeding exceeds
indemnify indemnification indemnity defend hold harmless claims claim third breach
material default termination terminate terminated cause convenience expiry expiration
renewal renew automatically extend extension effective commencement
confidential confidentiality information disclose disclosure recipient discloser
receiving disclosing trade secrets secret proprietary return destroy
intellectual property rights right license licence licensed licensor licensee grant
granted exclusive non perpetual royalty free worldwide transferable assign assignment
assigns successor successors change control merger acquisition consent prior
unreasonably withheld delayed
force majeure act acts god flood floods fire earthquake storm war terrorism epidemic
pandemic strike strikes government governmental authority beyond reasonable control
event events prevented delay delays performance perform obligations obligation duty
governing law laws jurisdiction courts court venue arbitration dispute disputes
resolution mediation england wales new york delaware state federal
warranty warranties represent represents representation representations warrants
disclaim disclaims express implied merchantability fitness particular purpose
insurance insure coverage policy policies maintain minimum
data protection personal processing processor controller gdpr regulation security
breach breaches audit records record compliance comply applicable
service services supplier customer client vendor buyer seller company companies
goods products deliverables work works software system systems support
price prices pricing invoice invoices tax taxes interest late costs expenses
employee employees staff personnel subcontractor subcontractors agent agents
solicitation solicit compete competition restrictive covenant covenants
entire whole supersedes amendment amendments waiver severability counterparts
notices address email delivered deemed received business calendar
survive survival remedy remedies injunctive relief equitable specific
reasonable reasonably best efforts commercially good faith sole discretion
responsible responsibility negligence gross wilful willful misconduct fraud
death injury bodily persons person entity affiliate affiliates
owned own ownership title risk delivery acceptance accepted reject rejection
`
  .split(/\s+/)
  .filter((w) => w.length > 0);

/** Word endings as continuation pieces (WordPiece "##" pieces). */
export const TINY_SUFFIXES: readonly string[] = [
  's', 'es', 'ed', 'ing', 'er', 'ers', 'ly', 'al', 'ion', 'ions', 'tion', 'tions', 'ment', 'ments',
  'ity', 'ness', 'able', 'ible', 'ive', 'ance', 'ence', 'ant', 'ent', 'or', 'ors', 'ee', 'ees', 'ize', 'ise',
];
