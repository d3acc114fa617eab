// Correlates of War state codes for the ISO 3166-1 alpha-3 ids diplograph gives countries.
// Source: Correlates of War Project, "State System Membership List, v2016" (states2016.csv,
// https://correlatesofwar.org/data-sets/state-system-membership/), columns stateabb and ccode. Each row
// here is the state's code in the system as it stands at the list's end (2016): Germany is GMY 255
// (not GFR 260), Yemen YEM 679, Serbia YUG 345, Czech Republic CZR 316. The ISO side is our reading of
// the same country; review a changed row against the CoW file, not against memory.
// Not in the CoW system (no row here, so ccode is empty in exports): Hong Kong, Macao, Palestine, the
// Holy See, Niue, the Cook Islands, and every dependent territory ISO 3166 lists.

/** [ISO alpha-3, CoW stateabb, CoW ccode] */
export const COW_STATES: ReadonlyArray<readonly [iso3: string, stateAbb: string, ccode: number]> = [
  ['USA', 'USA', 2], ['CAN', 'CAN', 20], ['BHS', 'BHM', 31], ['CUB', 'CUB', 40], ['HTI', 'HAI', 41],
  ['DOM', 'DOM', 42], ['JAM', 'JAM', 51], ['TTO', 'TRI', 52], ['BRB', 'BAR', 53], ['DMA', 'DMA', 54],
  ['GRD', 'GRN', 55], ['LCA', 'SLU', 56], ['VCT', 'SVG', 57], ['ATG', 'AAB', 58], ['KNA', 'SKN', 60],
  ['MEX', 'MEX', 70], ['BLZ', 'BLZ', 80], ['GTM', 'GUA', 90], ['HND', 'HON', 91], ['SLV', 'SAL', 92],
  ['NIC', 'NIC', 93], ['CRI', 'COS', 94], ['PAN', 'PAN', 95], ['COL', 'COL', 100], ['VEN', 'VEN', 101],
  ['GUY', 'GUY', 110], ['SUR', 'SUR', 115], ['ECU', 'ECU', 130], ['PER', 'PER', 135], ['BRA', 'BRA', 140],
  ['BOL', 'BOL', 145], ['PRY', 'PAR', 150], ['CHL', 'CHL', 155], ['ARG', 'ARG', 160], ['URY', 'URU', 165],
  ['GBR', 'UKG', 200], ['IRL', 'IRE', 205], ['NLD', 'NTH', 210], ['BEL', 'BEL', 211], ['LUX', 'LUX', 212],
  ['FRA', 'FRN', 220], ['MCO', 'MNC', 221], ['LIE', 'LIE', 223], ['CHE', 'SWZ', 225], ['ESP', 'SPN', 230],
  ['AND', 'AND', 232], ['PRT', 'POR', 235], ['DEU', 'GMY', 255], ['POL', 'POL', 290], ['AUT', 'AUS', 305],
  ['HUN', 'HUN', 310], ['CZE', 'CZR', 316], ['SVK', 'SLO', 317], ['ITA', 'ITA', 325], ['SMR', 'SNM', 331],
  ['MLT', 'MLT', 338], ['ALB', 'ALB', 339], ['MNE', 'MNG', 341], ['MKD', 'MAC', 343], ['HRV', 'CRO', 344],
  ['SRB', 'YUG', 345], ['BIH', 'BOS', 346], ['XKX', 'KOS', 347], ['SVN', 'SLV', 349], ['GRC', 'GRC', 350],
  ['CYP', 'CYP', 352], ['BGR', 'BUL', 355], ['MDA', 'MLD', 359], ['ROU', 'ROM', 360], ['RUS', 'RUS', 365],
  ['EST', 'EST', 366], ['LVA', 'LAT', 367], ['LTU', 'LIT', 368], ['UKR', 'UKR', 369], ['BLR', 'BLR', 370],
  ['ARM', 'ARM', 371], ['GEO', 'GRG', 372], ['AZE', 'AZE', 373], ['FIN', 'FIN', 375], ['SWE', 'SWD', 380],
  ['NOR', 'NOR', 385], ['DNK', 'DEN', 390], ['ISL', 'ICE', 395], ['CPV', 'CAP', 402], ['STP', 'STP', 403],
  ['GNB', 'GNB', 404], ['GNQ', 'EQG', 411], ['GMB', 'GAM', 420], ['MLI', 'MLI', 432], ['SEN', 'SEN', 433],
  ['BEN', 'BEN', 434], ['MRT', 'MAA', 435], ['NER', 'NIR', 436], ['CIV', 'CDI', 437], ['GIN', 'GUI', 438],
  ['BFA', 'BFO', 439], ['LBR', 'LBR', 450], ['SLE', 'SIE', 451], ['GHA', 'GHA', 452], ['TGO', 'TOG', 461],
  ['CMR', 'CAO', 471], ['NGA', 'NIG', 475], ['GAB', 'GAB', 481], ['CAF', 'CEN', 482], ['TCD', 'CHA', 483],
  ['COG', 'CON', 484], ['COD', 'DRC', 490], ['UGA', 'UGA', 500], ['KEN', 'KEN', 501], ['TZA', 'TAZ', 510],
  ['BDI', 'BUI', 516], ['RWA', 'RWA', 517], ['SOM', 'SOM', 520], ['DJI', 'DJI', 522], ['ETH', 'ETH', 530],
  ['ERI', 'ERI', 531], ['AGO', 'ANG', 540], ['MOZ', 'MZM', 541], ['ZMB', 'ZAM', 551], ['ZWE', 'ZIM', 552],
  ['MWI', 'MAW', 553], ['ZAF', 'SAF', 560], ['NAM', 'NAM', 565], ['LSO', 'LES', 570], ['BWA', 'BOT', 571],
  ['SWZ', 'SWA', 572], ['MDG', 'MAG', 580], ['COM', 'COM', 581], ['MUS', 'MAS', 590], ['SYC', 'SEY', 591],
  ['MAR', 'MOR', 600], ['DZA', 'ALG', 615], ['TUN', 'TUN', 616], ['LBY', 'LIB', 620], ['SDN', 'SUD', 625],
  ['SSD', 'SSD', 626], ['IRN', 'IRN', 630], ['TUR', 'TUR', 640], ['IRQ', 'IRQ', 645], ['EGY', 'EGY', 651],
  ['SYR', 'SYR', 652], ['LBN', 'LEB', 660], ['JOR', 'JOR', 663], ['ISR', 'ISR', 666], ['SAU', 'SAU', 670],
  ['YEM', 'YEM', 679], ['KWT', 'KUW', 690], ['BHR', 'BAH', 692], ['QAT', 'QAT', 694], ['ARE', 'UAE', 696],
  ['OMN', 'OMA', 698], ['AFG', 'AFG', 700], ['TKM', 'TKM', 701], ['TJK', 'TAJ', 702], ['KGZ', 'KYR', 703],
  ['UZB', 'UZB', 704], ['KAZ', 'KZK', 705], ['CHN', 'CHN', 710], ['MNG', 'MON', 712], ['TWN', 'TAW', 713],
  ['PRK', 'PRK', 731], ['KOR', 'ROK', 732], ['JPN', 'JPN', 740], ['IND', 'IND', 750], ['BTN', 'BHU', 760],
  ['PAK', 'PAK', 770], ['BGD', 'BNG', 771], ['MMR', 'MYA', 775], ['LKA', 'SRI', 780], ['MDV', 'MAD', 781],
  ['NPL', 'NEP', 790], ['THA', 'THI', 800], ['KHM', 'CAM', 811], ['LAO', 'LAO', 812], ['VNM', 'DRV', 816],
  ['MYS', 'MAL', 820], ['SGP', 'SIN', 830], ['BRN', 'BRU', 835], ['PHL', 'PHI', 840], ['IDN', 'INS', 850],
  ['TLS', 'ETM', 860], ['AUS', 'AUL', 900], ['PNG', 'PNG', 910], ['NZL', 'NEW', 920], ['VUT', 'VAN', 935],
  ['SLB', 'SOL', 940], ['KIR', 'KIR', 946], ['TUV', 'TUV', 947], ['FJI', 'FIJ', 950], ['TON', 'TON', 955],
  ['NRU', 'NAU', 970], ['MHL', 'MSI', 983], ['PLW', 'PAL', 986], ['FSM', 'FSM', 987], ['WSM', 'WSM', 990],
];
