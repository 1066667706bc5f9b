package entity

import (
	"slices"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// TestPersonEvidence checks that a name is a person's only with evidence
// of one (personEvidence), and what names without it are: the actors and
// place of the last sentence of each text.
func TestPersonEvidence(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []Actor
		place      string
	}{
		// People that stay people.
		{"speech after a surname", "On Monday, Lavrov said the talks would resume.", []Actor{person("Lavrov", "")}, ""},
		{"two listed surnames", "On Monday, Kerry and Lavrov met in Geneva.", []Actor{person("Kerry", ""), person("Lavrov", "")}, "Geneva"},
		{"a given name that is a month", "On Monday, Theresa May resigned.", []Actor{person("Theresa May", "")}, ""},
		{"a particle before a surname", "On Monday, de Mistura said the talks would resume.", []Actor{person("de Mistura", "")}, ""},
		{"a listed surname alone", "Brazil wants a deal, and Lula wants it soon.", []Actor{state("Brazil"), person("Lula", "")}, ""},
		{"a listed surname of two letters", "Xi spoke with Putin by phone.", []Actor{person("Xi", ""), person("Putin", "")}, ""},
		{"a meeting", "Zelensky met Trump in the Oval Office.", []Actor{person("Zelensky", ""), person("Trump", "")}, "Oval Office"},
		{"a listed surname before any verb", "Trump posted on Truth Social on Monday.", []Actor{person("Trump", "")}, ""},
		{"a given name", "In the second half, Patrick Mahomes threw for 291 yards.", []Actor{person("Patrick Mahomes", "")}, ""},
		{"a given name alone after a noun of people", "Then came another sister, Georgina, in 1983.", []Actor{person("Georgina", "")}, ""},
		{"a family name first", "The deal was signed by Xi Jinping.", []Actor{person("Xi Jinping", "")}, ""},
		{"a Cambodian family name", "In July, Hun Sen staged a coup.", []Actor{person("Hun Sen", "")}, ""},
		{"a hyphenated Korean given name", "The prize was given to Ban Ki-moon.", []Actor{person("Ban Ki-moon", "")}, ""},
		{"an initial", "The board includes J.C. Matlock.", []Actor{person("J.C. Matlock", "")}, ""},
		{"a speaker after the quote", "“It is over,” said Vaskelis.", []Actor{person("Vaskelis", "")}, ""},
		{"a traveller", "On Monday, Vaskelis arrived in Kyiv.", []Actor{person("Vaskelis", "")}, "Kyiv"},
		{"who after the name", "The bomb was planted by Okello, who fled.", []Actor{person("Okello", "")}, ""},
		{"an age after the name", "Police said Okello, 44, had fled.", []Actor{person("Okello", "")}, ""},
		{"two unknown names and a verb of meeting", "On Monday, Vaskelis and Odinga met in Geneva.", []Actor{person("Vaskelis", ""), person("Odinga", "")}, "Geneva"},
		{"a noun of people before the name", "He was abducted with his interpreter Houn Hourth in March.", []Actor{person("Houn Hourth", "")}, ""},
		{"a name in a list of people", "Madeleine Albright, Berger and William Cohen announced plans.",
			[]Actor{person("Madeleine Albright", ""), person("Berger", ""), person("William Cohen", "")}, ""},
		{"an earlier full name", "Vytautas Vaskelis won. Later, Vaskelis left.", []Actor{person("Vytautas Vaskelis", "")}, ""},
		{"a party label is a role", "Democrat Abigail Spanberger won on Tuesday.", []Actor{person("Abigail Spanberger", "Democrat")}, ""},
		{"a listed surname ending like a plural", "Sanders said no.", []Actor{person("Sanders", "")}, ""},

		// Names that are no people.
		{"a company of three words", "Delta Air Lines earnings soared 33%.", []Actor{orga("Delta Air Lines")}, ""},
		{"an acronym of a state before a name", "Then the U.S. Immigration and Naturalization Service ruled.", []Actor{orga("Immigration and Naturalization Service")}, ""},
		{"a word before an organisation's name and a verb", "The Immigration and Naturalization Service said no.", []Actor{orga("Immigration and Naturalization Service")}, ""},
		{"a company of two words", "In the quarter, Thermo Electron earned more.", nil, ""},
		{"a plural noun that travels", "Inspectors visited the site.", nil, ""},
		{"a company of one word that reports", "For the quarter, Conseco reported a loss.", nil, ""},
		{"a service", "The post spread on Truth Social on Monday.", nil, ""},
		{"a commodity", "Prices of Wheat and Aluminum rose.", nil, ""},
		{"a plural noun that speaks", "Dealers said prices rose.", nil, ""},
		{"a sentence adverb", "Separately, Crossland reported a loss.", nil, ""},
		{"a name before a model number", "A joint venture called Orion 1980 was set up.", nil, ""},
		{"a place after a comma and its state", "Oshkosh Truck Corp., Oshkosh, Wis., said profit fell.", []Actor{orga("Oshkosh Truck Corp.")}, ""},
		{"a place and its state after in", "A plant in Covington, Ga., will open.", nil, "Covington"},
		{"a county", "A new Essex County task force began work.", nil, ""},
		{"a county in lower case", "The board of Loudon county, Virginia, will vote.", nil, ""},
		{"a listed place and City", "Kansas City visits Cincinnati on Sept. 15.", nil, ""},
		{"a party and state after a lawmaker", "Rep. Lincoln Diaz-Balart, R-Fla., gave the puppy.", []Actor{person("Lincoln Diaz-Balart", "Rep.")}, ""},
		{"as before a name", "A facility known as Building 100 opened.", nil, ""},
		{"a name after to needs evidence", "After Baku, climate diplomats turn to Belem.", nil, ""},
		{"an initial alone", "Major job cuts at AT and T.", nil, ""},
		{"a place made an adjective", "Salt Lake City-based First Security grew.", nil, ""},
		{"a place before a state made an adjective", "She publishes Orlando, Fla.-based Confectioner Magazine.", []Actor{orga("Confectioner Magazine")}, ""},
		{"a company's name with its possessive", "Shoney's said the restructuring was done.", []Actor{orga("Shoney's")}, ""},
		{"a listed surname with a possessive before a verb", "Trump's said it before.", []Actor{person("Trump", "")}, ""},
		{"a party label alone", "They ended 14 years of Conservative government.", nil, ""},

		// Companies named like people: an employer after a noun of staff
		// and "at" or "with", an appositive that says so, a word that
		// starts a company's name, an acronym and a word of no list, a
		// company suffix in capitals.
		{"an employer after analysts at", "Analysts at Morgan Stanley said the sector would shrink.", []Actor{orga("Morgan Stanley")}, ""},
		{"an employer after economists at the", "Economists at the Bundesbank said growth was weak.", []Actor{orga("Bundesbank")}, ""},
		{"an employer after an analyst with", "Jay Stevens, an analyst with Dean Witter Reynolds, said profit fell.",
			[]Actor{person("Jay Stevens", ""), orga("Dean Witter Reynolds")}, ""},
		{"an employer of one word", "The peso fell, and analysts at Banorte said investors were worried.", []Actor{orga("Banorte")}, ""},
		{"the employer's name elsewhere", "Analysts at Morgan Stanley cut their forecast. Morgan Stanley said it would hire.", []Actor{orga("Morgan Stanley")}, ""},
		{"an appositive of a company", "Petrobras, the state oil company, said it would raise prices.", []Actor{orga("Petrobras")}, ""},
		{"an appositive of a part", "Dean Witter Reynolds, now part of Morgan Stanley, was a broker.", []Actor{orga("Dean Witter Reynolds")}, ""},
		{"an appositive with a possessive state", "Naftogaz, Ukraine's state energy company, said a strike hit a plant.", []Actor{orga("Naftogaz"), state("Ukraine")}, ""},
		{"a company word first", "Credit Agricole said it would buy back shares.", []Actor{orga("Credit Agricole")}, ""},
		{"a company word and a possessive", "Credit Suisse's former chairman testified.", []Actor{orga("Credit Suisse")}, ""},
		{"a company word and particles", "Banca Monte dei Paschi di Siena rose.", []Actor{orga("Banca Monte dei Paschi di Siena")}, ""},
		{"a company word before a title", "Credit Lyonnais Chairman Jean Peyrelevade said no.", []Actor{orga("Credit Lyonnais"), person("Jean Peyrelevade", "Chairman")}, ""},
		{"a Spanish company word", "Grupo Mexico said it would invest in Sonora.", []Actor{orga("Grupo Mexico")}, "Sonora"},
		{"a French company word", "Shares of Societe Generale fell.", []Actor{orga("Societe Generale")}, ""},
		{"an acronym and a word", "BNP Paribas warned of weaker income.", []Actor{orga("BNP Paribas")}, ""},
		{"an acronym and a word the article names longer", "DPC Acquisition Partners made a bid. Then DPC Acquisition raised it.", []Actor{orga("DPC Acquisition Partners")}, ""},
		{"a name after a company and and", "RJR Nabisco and Planters LifeSavers will merge.", []Actor{orga("RJR Nabisco")}, ""},
		{"an acronym and a word before and", "BNP Paribas and Societe Generale warned of weaker income.", []Actor{orga("BNP Paribas"), orga("Societe Generale")}, ""},
		{"an acronym and a word before a spelled number", "The tapes of TWA Flight eight hundred were released.", []Actor{orga("TWA")}, ""},
		{"an industry's noun last", "Dangote Cement said its profit doubled.", []Actor{orga("Dangote Cement")}, ""},
		{"a suffix SA", "Vale SA reported lower output.", []Actor{orga("Vale SA")}, ""},
		{"two names and an ampersand", "Procter & Gamble said sales rose.", []Actor{orga("Procter & Gamble")}, ""},
		{"a surname and an ampersand", "Xerox Corp. told employees of its Crum & Forster unit.", []Actor{orga("Xerox Corp."), orga("Crum & Forster")}, ""},
		{"an ampersand inside a word", "PG&E said it cut power to 30,000 customers.", []Actor{orga("PG&E")}, ""},
		{"letters and an ampersand", "R&D spending rose, and M&A slowed.", nil, ""},
		{"states and an ampersand", "US & Canada talks resumed.", []Actor{state("United States")}, ""},

		// People, places and no actor that stay beside those rules.
		{"a person after a noun of staff and of", "He was an adviser to Kerry. Analysts of Kerry said he won.", []Actor{person("Kerry", "")}, ""},
		{"victims at a place", "Victims at Sandy Hook were remembered.", nil, "Sandy Hook"},
		{"a listed place after analysts at", "Researchers at Geneva said the test worked.", nil, "Geneva"},
		{"a facility after doctors at", "Doctors at Nasser Hospital said 12 died.", nil, "Nasser Hospital"},
		{"a person with a role appositive", "Jane Fraser, chief executive of Citigroup, spoke.", []Actor{person("Jane Fraser", "")}, ""},
		{"a person with of after the appositive", "Ann Lee, the head of the company, said no.", []Actor{person("Ann Lee", "")}, ""},
		{"part of with no article", "Meters are free until New Year's Day, part of the city's campaign.", nil, ""},
		{"a person and a company spokesman", "Tom Hart, a company spokesman, said no.", []Actor{person("Tom Hart", "")}, ""},
		{"an acronym before a title", "FBI Director Kash Patel said the case was closed.", []Actor{orga("FBI"), person("Kash Patel", "Director")}, ""},
		{"an acronym and a line of defence", "The army was halted along the XYZ Line.", nil, ""},
		{"an acronym before a flight number", "TWA Flight 800 went down.", []Actor{orga("TWA")}, ""},
		{"a credit word alone", "Credit card debt rose.", nil, ""},
		{"Lavrov said", "On Monday, Lavrov said the talks would resume.", []Actor{person("Lavrov", "")}, ""},
		{"Ursula von der Leyen said", "Ursula von der Leyen said Europe would help.", []Actor{person("Ursula von der Leyen", "")}, ""},
		{"a court case after in", "The court ruled in Trump v. United States that he had immunity.", nil, ""},
		{"a court case's parties", "The ruling overturned Roe v. Wade on Friday.", nil, ""},
		{"a central bank named after its state", "Bank Indonesia said it would keep rates steady.", []Actor{orga("Bank Indonesia")}, ""},
		{"a weekday before a company", "On Monday SoftBank Group said it would invest.", []Actor{orga("SoftBank Group")}, ""},
		{"a shoal", "Ships were harassed near Second Thomas Shoal on Wednesday.", nil, "Second Thomas Shoal"},
		{"a corridor", "Troops stayed in the Philadelphi Corridor.", nil, "Philadelphi Corridor"},
		{"a company before its chairman", "Tata Sons chairman N. Chandrasekaran said the group would build a plant.",
			[]Actor{orga("Tata Sons"), person("N. Chandrasekaran", "chairman")}, ""},
		{"a person before a spokesman", "Trump spokesman Steven Cheung said no.", []Actor{person("Trump", ""), person("Steven Cheung", "spokesman")}, ""},
		{"a place with a particle", "Leaders met in Dar es Salaam on Saturday.", nil, "Dar es Salaam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLast(t, tt.text, tt.actors, tt.place)
		})
	}
}

// TestNamedOrganisation checks that a name the article gives as part of an
// organisation's name is that organisation, and that teams are
// organisations: the actors of each sentence.
func TestNamedOrganisation(t *testing.T) {
	tests := []struct {
		name, text string
		actors     [][]Actor
	}{
		{"a company's short name", "Compaq Computer Corp. said profit rose. Compaq said sales rose.",
			[][]Actor{{orga("Compaq Computer Corp.")}, {orga("Compaq Computer Corp.")}}},
		{"the shortest name that starts with it", "Orkem S.A. made a bid through Orkem Coatings U.K. Ltd., its unit. Orkem said it was friendly.",
			[][]Actor{{orga("Orkem S.A."), orga("Orkem Coatings U.K. Ltd.")}, {orga("Orkem S.A.")}}},
		{"a person with a role keeps it", "Hess Corp. agreed to the deal. Hess chief John Hess said it was fair.",
			[][]Actor{{orga("Hess Corp.")}, {person("John Hess", "chief")}}},
		{"a person with no organisation of the name", "Vytas Vaskelis said it was fair. Vaskelis left.",
			[][]Actor{{person("Vytas Vaskelis", "")}, {person("Vytas Vaskelis", "")}}},
		{"a team, and no person after the", "The Chiefs beat the Denver Broncos. The Broncos said little.",
			[][]Actor{{orga("Chiefs"), orga("Denver Broncos")}, {orga("Denver Broncos")}}},
		{"a team that acts", "The Broncos beat the Colts on Sunday.", [][]Actor{{orga("Broncos")}}},
		{"a team of three words with a word of no name", "The Golden State Warriors said they had signed Jimmy Butler.",
			[][]Actor{{orga("Golden State Warriors"), person("Jimmy Butler", "")}}},
		{"a team that acts after a modal", "The Dodgers will host the Padres next week.", [][]Actor{{orga("Dodgers")}}},
		{"a team of two words that acts", "The Hanshin Tigers beat the Yomiuri Giants in Osaka.", [][]Actor{{orga("Hanshin Tigers")}}},
		{"a party that acts", "Talks stalled after the Social Democrats rejected the plan.", [][]Actor{{orga("Social Democrats")}}},
		{"a team the article has act elsewhere", "The Lakers lost on Sunday. Fans booed the Lakers.", [][]Actor{{orga("Lakers")}, {orga("Lakers")}}},
		{"a team that does not act", "Fans cheered the Celtics on Sunday.", [][]Actor{nil}},
		{"a family", "Edgar Bronfman sold the stake. The Bronfmans said they were pleased.",
			[][]Actor{{person("Edgar Bronfman", "")}, nil}},
		{"a family of a name ending in z", "Lazaro Gonzalez spoke. The Gonzalezes said they would appeal.", [][]Actor{{person("Lazaro Gonzalez", "")}, nil}},
		{"an event that does not act", "The Olympics opened in Paris.", [][]Actor{nil}},
		{"a people's plural", "The Palestinians rejected the plan.", [][]Actor{nil}},
		{"a people of no state", "The Kurds said they would join the talks.", [][]Actor{nil}},
		{"a faith", "The Shiites rejected the plan.", [][]Actor{nil}},
		{"a people ending in ians", "The Ionians marched on Sardis.", [][]Actor{nil}},
		{"a party ending like a people", "The Republicans said they would regroup.", [][]Actor{{orga("Republicans")}}},
		{"a surname and a campaign", "Bernie Sanders spoke. The Sanders campaign said no.", [][]Actor{{person("Bernie Sanders", "")}, nil}},
		{"a team after in is no actor", "The fans stayed in the Broncos stadium.", [][]Actor{nil}},
		{"a team of two words after its city", "The Kansas City Chiefs won on Thursday.", [][]Actor{{orga("Kansas City Chiefs")}}},
		{"a paper", "The New York Times said in an editorial on Monday.", [][]Actor{{orga("New York Times")}}},
		{"a given name that is a state's", "Chad Roberts said it was over.", [][]Actor{{person("Chad Roberts", "")}}},
		{"a title after a state", "U.S. Trade Representative Carla Hills said no.", [][]Actor{{person("Carla Hills", "U.S. Trade Representative")}}},
		{"a place that ends in a plural", "He was found in the Florida Straits.", [][]Actor{nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := sentence.Split(tt.text)
			a := Analyze(tt.text, spans)
			if len(spans) != len(tt.actors) {
				t.Fatalf("%d sentences, want %d", len(spans), len(tt.actors))
			}
			for i, want := range tt.actors {
				if got := a.Actors(i); !slices.Equal(got, want) {
					t.Errorf("sentence %d: Actors = %v, want %v", i, got, want)
				}
			}
		})
	}
}
