// The units a figure can carry, as data for lib/claims/numbers.ts: how each is written next to a number
// and the unit the figure is normalised to (docs/claims-labelling.md, `numbers`). One entry a line, with
// why it is there.
//
// Spelling rule: a form written here in lower case matches in any case ("megawatts", "Megawatts",
// "Euro", "BITCOINS"); any other form only exactly as written ("MW" is not "mW", "ETH" is not "Eth").
// A space in a form stands for a space, a no-break space or a hyphen ("basis points", "basis-point").

export interface Unit {
  /** The unit of the figure: an ISO 4217 code, a symbol as usually written ("MW", "EH/s"), a ticker. */
  unit: string;
  /** How it is written after the number. */
  forms: string[];
  /** How many of `unit` one of it is, when not 1: "10 cents" is 0.1 USD. */
  factor?: number;
}

/** Currencies: written before the number ("$19 billion", "HK$3 billion", "EUR 5 million") and after it ("12.9 billion HKD", "2,6 Milliarden Euro", "12,5 millions d'euros"). */
export const CURRENCIES: { unit: string; before: string[]; after: string[] }[] = [
  { unit: 'USD', before: ['US$', '$', 'USD'], after: ['USD', 'US$', '$', 'dollars', 'dollar', 'us-dollar', 'us-dollars', 'de dollars', 'dollars américains'] }, // "$" alone is read as US dollars, as the labels do
  { unit: 'EUR', before: ['€', 'EUR'], after: ['EUR', '€', 'euros', 'euro', "d'euros", 'd’euros'] }, // "euro" also as German "Euro"
  { unit: 'GBP', before: ['£', 'GBP'], after: ['GBP', '£', 'pounds sterling', 'livres sterling'] }, // not "pounds" or "Pfund" alone: also weights
  { unit: 'JPY', before: ['¥', 'JPY'], after: ['JPY', '¥', 'yen', 'yens', 'de yens'] }, // "¥" read as yen, as before
  { unit: 'CNY', before: ['CNY', 'RMB'], after: ['CNY', 'RMB', 'yuan', 'renminbi'] }, // RMB is the same currency
  { unit: 'HKD', before: ['HK$', 'HKD'], after: ['HKD', 'hong kong dollars'] }, // Hong Kong listings
  { unit: 'CAD', before: ['C$', 'CA$', 'CAD'], after: ['CAD', 'canadian dollars'] },
  { unit: 'AUD', before: ['A$', 'AU$', 'AUD'], after: ['AUD', 'australian dollars'] },
  { unit: 'NZD', before: ['NZ$', 'NZD'], after: ['NZD'] },
  { unit: 'SGD', before: ['S$', 'SGD'], after: ['SGD'] },
  { unit: 'INR', before: ['₹', 'Rs.', 'Rs', 'INR'], after: ['INR', 'rupees'] }, // Indian press writes "Rs 200" and "Rs. 5 lakh"
  { unit: 'CHF', before: ['CHF', 'SFr.'], after: ['CHF', 'franken', 'schweizer franken', 'francs suisses', 'swiss francs'] }, // Swiss francs: German "Franken", "500 Millionen Schweizer Franken", "SFr. 3.50" (not "Fr.": German for Friday)
  { unit: 'KRW', before: ['₩', 'KRW'], after: ['KRW'] }, // not "won": a verb too
];

/** Other units written after the number. */
export const UNITS: Unit[] = [
  // power and energy: power plants, grids, mining farms, data centres ("285 MW", "606 TWh")
  { unit: 'kW', forms: ['kW', 'kilowatts', 'kilowatt'] },
  { unit: 'MW', forms: ['MW', 'megawatts', 'megawatt'] },
  { unit: 'GW', forms: ['GW', 'gigawatts', 'gigawatt'] },
  { unit: 'kWh', forms: ['kWh', 'kilowatt hours', 'kilowatt hour', 'kilowattstunden'] },
  { unit: 'MWh', forms: ['MWh', 'megawatt hours', 'megawatt hour', 'megawattstunden'] },
  { unit: 'GWh', forms: ['GWh', 'gigawatt hours', 'gigawatt hour', 'gigawattstunden'] },
  { unit: 'TWh', forms: ['TWh', 'terawatt hours', 'terawatt hour', 'terawattstunden'] },
  // hash rate: bitcoin mining ("1,000 EH/s")
  { unit: 'TH/s', forms: ['TH/s', 'terahashes per second'] },
  { unit: 'PH/s', forms: ['PH/s', 'petahashes per second'] },
  { unit: 'EH/s', forms: ['EH/s', 'exahashes per second'] },
  // data storage: drives, platters, data centres ("20 terabytes", "80 TB")
  { unit: 'KB', forms: ['KB', 'kB', 'kilobytes', 'kilobyte'] }, // files and limits ("less than 150 KB", "51,200 KB/50 MB")
  { unit: 'MB', forms: ['MB', 'megabytes', 'megabyte'] },
  { unit: 'GB', forms: ['GB', 'gigabytes', 'gigabyte'] },
  { unit: 'TB', forms: ['TB', 'terabytes', 'terabyte'] },
  { unit: 'PB', forms: ['PB', 'petabytes', 'petabyte'] },
  { unit: 'fps', forms: ['fps', 'frames per second'] }, // a game's or a camera's frame rate ("a solid 60fps")
  // shipping containers at ports ("458.000 TEU")
  { unit: 'TEU', forms: ['TEU'] },
  // volume ("30 000 Liter", "2 litres")
  { unit: 'l', forms: ['liters', 'liter', 'litres', 'litre', 'litern'] },
  // land ("0,2 Hektar", "40 hectares")
  { unit: 'ha', forms: ['hectares', 'hectare', 'Hektar', 'ha'] },
  // cents of a dollar in English ("10 cents"); German "Cent" (written with a capital) are euro cents ("80 Cent")
  { unit: 'USD', forms: ['cents'], factor: 0.01 },
  { unit: 'EUR', forms: ['Cent'], factor: 0.01 },
  // rates: central banks and bond yields ("25 bps", "a 75 to 100 basis point cut")
  { unit: 'bp', forms: ['basis points', 'basis point', 'bps', 'bp', 'basispunkte', 'basispunkten', 'points de base'] },
  // temperatures written with the symbol ("21 °C"); "70-degree Fahrenheit" has its own pattern
  { unit: '°C', forms: ['°C', '° C', '℃', 'grad celsius', 'degrés celsius', 'Grad'] }, // German "Grad" alone is Celsius ("400 bis 600 Grad Hitze")
  // prices of energy: "9,5 Cent pro Kilowattstunde", "12 cents per kilowatt-hour"
  { unit: 'ct/kWh', forms: ['ct/kWh', 'Cent pro Kilowattstunde', 'Cent je Kilowattstunde', 'cents per kilowatt-hour', 'cents per kilowatt hour', 'cents/kWh', 'Cent/kWh', 'Cent/KWh', 'ct/KWh'] },
  { unit: '°F', forms: ['°F', '° F', '℉'] },
  // mass: oil, coal, crops, emissions ("23,1 Millionen Tonnen", "60 million tonnes a year"); not "ton" alone ("a ton of")
  { unit: 't', forms: ['tonnes', 'tonne', 'tons', 'tonnen', 'metric tons'] },
  // vehicles and travel: speed, range, engines ("0-62 mph", "277 miles", "355 horsepower", "414 lb-ft of torque")
  { unit: 'mph', forms: ['mph', 'miles per hour'] },
  { unit: 'km/h', forms: ['km/h', 'kph', 'kilometers per hour', 'kilometres per hour', 'stundenkilometer'] },
  { unit: 'mi', forms: ['miles', 'mile'] },
  { unit: 'km', forms: ['km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'kilometern'] },
  // small lengths: gaps, rainfall, sizes ("a gap of 22mm", "15 Zentimeter")
  { unit: 'mm', forms: ['mm', 'millimeters', 'millimetres', 'millimeter', 'millimetre', 'millimetern'] },
  { unit: 'cm', forms: ['cm', 'centimeters', 'centimetres', 'centimeter', 'centimetre', 'zentimeter', 'zentimetern'] },
  { unit: 'hp', forms: ['horsepower', 'hp', 'PS'] }, // German "PS" in capitals only
  { unit: 'lb-ft', forms: ['lb-ft', 'pound-feet'] },
  { unit: 'Nm', forms: ['Nm', 'newton-metres', 'newton-meters', 'Newtonmeter'] }, // torque in metric ("197 Nm of torque"); case-sensitive: "nm" is a nanometre
  // crypto amounts: the ticker is the unit ("2.5 BTC", "10,000 ETH", "1 million XRP", "649,870 Bitcoins")
  { unit: 'BTC', forms: ['btc', 'bitcoins', 'bitcoin'] }, // in any case, as the coin names always were
  { unit: 'ETH', forms: ['eth', 'ether'] },
  { unit: 'XRP', forms: ['xrp'] },
  { unit: 'SOL', forms: ['sol'] },
  { unit: 'USDT', forms: ['usdt'] },
  { unit: 'USDC', forms: ['usdc'] },
  ...['DOGE', 'BNB', 'ADA', 'AVAX', 'DOT', 'LINK', 'TRX', 'TON', 'SHIB', 'PEPE', 'LTC', 'BCH', 'ZEC', 'XMR', 'SUI', 'HBAR', 'XLM', 'DAI', 'AAVE', 'UNI', 'MATIC', 'ATOM', 'ETC']
    .map((ticker) => ({ unit: ticker, forms: [ticker] })), // upper case only: "10 link", "5 ton" are words
  // tokens counted by that name: a count, with the noun kept in the figure's text ("500 tokens")
  { unit: 'count', forms: ['tokens'] },
];
