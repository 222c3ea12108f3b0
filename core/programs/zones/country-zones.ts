import { BR_REGIONS, MX_REGIONS } from './latin-regions';
import { region as r, type RegionZones } from './region';

// Countries that span several time zones (C6, send windows). For each: the mainland zones whose
// shared window applies to a contact without a region or postal code, the capital's zone for when
// they share no hour of the window, and what each region names.

export type CountryZones = {
  // The country's name in a message's reason.
  name: string;
  mainland: readonly string[];
  capital: string;
  regions: Readonly<Record<string, RegionZones>>;
};

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

// States split between two zones list both (Florida's panhandle, western Kansas, El Paso…).
const US_REGIONS: Record<string, RegionZones> = {
  AL: r(CT, 'Alabama'), AK: r('America/Anchorage', 'Alaska'), AZ: r('America/Phoenix', 'Arizona'), AR: r(CT, 'Arkansas'),
  CA: r(PT, 'California'), CO: r(MT, 'Colorado'), CT: r(ET, 'Connecticut'), DE: r(ET, 'Delaware'),
  DC: r(ET, 'District of Columbia', 'Washington DC'), FL: r([ET, CT], 'Florida', 'Floride'), GA: r(ET, 'Georgia', 'Géorgie'),
  HI: r('Pacific/Honolulu', 'Hawaii', 'Hawaï'), ID: r([MT, PT], 'Idaho'), IL: r(CT, 'Illinois'), IN: r([ET, CT], 'Indiana'),
  IA: r(CT, 'Iowa'), KS: r([CT, MT], 'Kansas'), KY: r([ET, CT], 'Kentucky'), LA: r(CT, 'Louisiana', 'Louisiane'), ME: r(ET, 'Maine'),
  MD: r(ET, 'Maryland'), MA: r(ET, 'Massachusetts'), MI: r([ET, CT], 'Michigan'), MN: r(CT, 'Minnesota'), MS: r(CT, 'Mississippi'),
  MO: r(CT, 'Missouri'), MT: r(MT, 'Montana'), NE: r([CT, MT], 'Nebraska'), NV: r(PT, 'Nevada'), NH: r(ET, 'New Hampshire'),
  NJ: r(ET, 'New Jersey'), NM: r(MT, 'New Mexico', 'Nouveau-Mexique'), NY: r(ET, 'New York', 'État de New York'),
  NC: r(ET, 'North Carolina', 'Caroline du Nord'), ND: r([CT, MT], 'North Dakota', 'Dakota du Nord'), OH: r(ET, 'Ohio'),
  OK: r(CT, 'Oklahoma'), OR: r([PT, MT], 'Oregon'), PA: r(ET, 'Pennsylvania', 'Pennsylvanie'), RI: r(ET, 'Rhode Island'),
  SC: r(ET, 'South Carolina', 'Caroline du Sud'), SD: r([CT, MT], 'South Dakota', 'Dakota du Sud'), TN: r([ET, CT], 'Tennessee'),
  TX: r([CT, MT], 'Texas'), UT: r(MT, 'Utah'), VT: r(ET, 'Vermont'), VA: r(ET, 'Virginia', 'Virginie'), WA: r(PT, 'Washington'),
  WV: r(ET, 'West Virginia', 'Virginie-Occidentale'), WI: r(CT, 'Wisconsin'), WY: r(MT, 'Wyoming'),
};

const CA_REGIONS: Record<string, RegionZones> = {
  AB: r('America/Edmonton', 'Alberta'), BC: r('America/Vancouver', 'British Columbia', 'Colombie-Britannique'),
  MB: r('America/Winnipeg', 'Manitoba'), NB: r('America/Halifax', 'New Brunswick', 'Nouveau-Brunswick'),
  NL: r('America/St_Johns', 'Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador', 'Terre-Neuve'),
  NS: r('America/Halifax', 'Nova Scotia', 'Nouvelle-Écosse'), NT: r('America/Edmonton', 'Northwest Territories', 'Territoires du Nord-Ouest'),
  NU: r(['America/Toronto', 'America/Winnipeg', 'America/Edmonton'], 'Nunavut'), ON: r('America/Toronto', 'Ontario'),
  PE: r('America/Halifax', 'Prince Edward Island', 'Île-du-Prince-Édouard'), QC: r('America/Toronto', 'Quebec', 'Québec'),
  SK: r('America/Regina', 'Saskatchewan'), YT: r('America/Whitehorse', 'Yukon'),
};

const AU_REGIONS: Record<string, RegionZones> = {
  NSW: r('Australia/Sydney', 'New South Wales', 'Nouvelle-Galles du Sud'), ACT: r('Australia/Sydney', 'Australian Capital Territory'),
  VIC: r('Australia/Melbourne', 'Victoria'), QLD: r('Australia/Brisbane', 'Queensland'), SA: r('Australia/Adelaide', 'South Australia', 'Australie-Méridionale'),
  WA: r('Australia/Perth', 'Western Australia', 'Australie-Occidentale'), TAS: r('Australia/Hobart', 'Tasmania', 'Tasmanie'),
  NT: r('Australia/Darwin', 'Northern Territory', 'Territoire du Nord'),
};

export const COUNTRY_ZONES: Readonly<Record<string, CountryZones>> = {
  // The 48 contiguous states; Alaska and Hawaii are not mainland (a region or ZIP code gives them).
  // Arizona keeps standard time all year and always falls between Denver and Los Angeles.
  US: { name: 'the United States', mainland: [ET, CT, MT, 'America/Phoenix', PT], capital: ET, regions: US_REGIONS },
  // Newfoundland is an island (mainland Labrador keeps Atlantic time), and its half hour further east
  // would cut the shared window for everyone else: St. John's applies with the region NL or a postal
  // code starting with A. Yukon keeps UTC-7, inside the Edmonton-Vancouver span.
  CA: {
    name: 'Canada',
    mainland: ['America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Regina', 'America/Edmonton', 'America/Vancouver'],
    capital: 'America/Toronto',
    regions: CA_REGIONS,
  },
  // Daylight saving differs: Sydney, Melbourne and Adelaide change clocks, Brisbane, Darwin and
  // Perth do not, so Perth is 2 h behind Sydney in winter and 3 h in summer. Tasmania is an island
  // on Sydney's time anyway; Lord Howe and Eucla are left out.
  AU: {
    name: 'Australia',
    mainland: ['Australia/Perth', 'Australia/Darwin', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney'],
    capital: 'Australia/Sydney',
    regions: AU_REGIONS,
  },
  // Acre (Rio Branco, UTC-5) is mainland and counts; Fernando de Noronha (UTC-2) is islands and does
  // not. Brazil has kept no daylight saving since 2019. The capital's zone is Brasília's (São Paulo's).
  BR: { name: 'Brazil', mainland: ['America/Sao_Paulo', 'America/Manaus', 'America/Rio_Branco'], capital: 'America/Sao_Paulo', regions: BR_REGIONS },
  // Quintana Roo (Cancún, UTC-5) to Baja California (Tijuana, which follows US daylight saving);
  // the rest of Mexico dropped daylight saving in 2022.
  MX: {
    name: 'Mexico',
    mainland: ['America/Cancun', 'America/Mexico_City', 'America/Mazatlan', 'America/Hermosillo', 'America/Tijuana'],
    capital: 'America/Mexico_City',
    regions: MX_REGIONS,
  },
  // Kaliningrad (UTC+2) to Kamchatka (UTC+12): no hour of a 9:00–18:00 window holds in all of them,
  // so Moscow's time applies, and the reason says so.
  RU: {
    name: 'Russia',
    mainland: [
      'Europe/Kaliningrad', 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk',
      'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka',
    ],
    capital: 'Europe/Moscow',
    regions: {},
  },
};
