package entity

import "testing"

// lastCase is a text and the actors and place of its last sentence.
type lastCase struct {
	name, text string
	actors     []Actor
	place      string
}

// checkLastCases runs checkLast on each case as a subtest.
func checkLastCases(t *testing.T, cases []lastCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLast(t, c.text, c.actors, c.place)
		})
	}
}

// TestOrganisationLists checks organisations whose names join words by
// "and" or list them (portfolioList, andOrgEnd): read whole, with a state
// before them, and a role whose portfolios are joined so; and what stays
// two actors.
func TestOrganisationLists(t *testing.T) {
	checkLastCases(t, []lastCase{
		{"two portfolios", "The Ministry of Mines and Energy said the deal would lower prices.", []Actor{orga("Ministry of Mines and Energy")}, ""},
		{"a portfolio of two words", "The Department of Health and Human Services said it would care for more children.",
			[]Actor{orga("Department of Health and Human Services")}, ""},
		{"a list with commas", "The Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun was stolen.",
			[]Actor{orga("Bureau of Alcohol, Tobacco, Firearms and Explosives")}, ""},
		{"for and a list after a possessive state", "Britain's Department for Environment, Food and Rural Affairs said the ban would stay.",
			[]Actor{state("United Kingdom"), orga("Department for Environment, Food and Rural Affairs")}, ""},
		{"a possessive portfolios", "The Department of Health and Human Services' budget rose.", []Actor{orga("Department of Health and Human Services")}, ""},
		{"a state before two runs", "The U.S. Immigration and Naturalization Service ran similar camps.",
			[]Actor{orga("Immigration and Naturalization Service")}, ""},
		{"a state before two runs, an acronym after", "The U.S. Securities and Exchange Commission sued. The SEC said it would appeal.",
			[]Actor{orga("Securities and Exchange Commission")}, ""},
		{"a body of a state and its portfolio", "Russia's Ministry of Defence said drones were shot down.", []Actor{state("Russia")}, ""},
		{"a body of a state and two portfolios", "Algeria's Ministry of Energy and Mines said the deal covered the basin.", []Actor{state("Algeria")}, ""},
		{"a title of two portfolios before a name", "Minister of Mines and Energy Alexandre Silveira said more deals were coming.",
			[]Actor{person("Alexandre Silveira", "Minister of Mines and Energy")}, ""},
		{"portfolios joined before a title", "Health and Human Services Secretary Xavier Becerra said the rule would stay.",
			[]Actor{person("Xavier Becerra", "Health and Human Services Secretary")}, ""},
		{"states whose names have and", "Trinidad and Tobago said it would host the summit, and Bosnia and Herzegovina agreed.",
			[]Actor{state("Trinidad and Tobago"), state("Bosnia and Herzegovina")}, ""},
		{"an ampersand", "Procter & Gamble said it would cut 7,000 jobs.", []Actor{orga("Procter & Gamble")}, ""},
		{"an institute's fields", "The European Centre for Disease Prevention and Control raised its risk assessment.",
			[]Actor{orga("European Centre for Disease Prevention and Control")}, ""},
		{"a common word first", "The International Organization for Migration said 2,000 people died.",
			[]Actor{orga("International Organization for Migration")}, ""},
		// Two actors stay two.
		{"a listed organisation after and", "The Ministry of Defence and Hezbollah traded accusations.", []Actor{orga("Ministry of Defence"), orga("Hezbollah")}, ""},
		{"a person after and", "The Department of Justice and Kerry met.", []Actor{orga("Justice Department"), person("Kerry", "")}, ""},
		{"a bank is no body of portfolios", "The Bank of England and Barclays agreed.", []Actor{orga("Bank of England")}, ""},
		{"a list that ends in no run", "The Ministry of Defence, the army and police said so.", []Actor{orga("Ministry of Defence")}, ""},
		{"two states", "The U.S. and Britain said so.", []Actor{state("United States"), state("United Kingdom")}, ""},
		{"a state and a person", "The U.S. and Kerry agreed.", []Actor{state("United States"), person("Kerry", "")}, ""},
	})
}

// TestPeopleInAPlace checks that a place between people and their verb
// ("Officials in Larnaca said") is where they are: no actor, no place;
// their state is one when a demonym says so.
func TestPeopleInAPlace(t *testing.T) {
	checkLastCases(t, []lastCase{
		{"officials in an unlisted town", "Officials in Larnaca said the airport would stay open.", nil, ""},
		{"officials in a town of two words", "Officials in El Paso said the shelters were full.", nil, ""},
		{"a plural in -es", "Witnesses in Larnaca said the airport was closed.", nil, ""},
		{"diplomats", "Diplomats in Larnaca said the talks would resume.", nil, ""},
		{"officials from a town", "Officials from Larnaca said the airport would stay open.", nil, ""},
		{"a demonym", "Cypriot officials said the talks would resume.", []Actor{{Name: "Cyprus", Role: "officials", Type: State}}, ""},
		{"a listed city", "Officials in Moscow said the airport would stay open.", nil, ""},
		// Still a place, or a person.
		{"people who act there", "Protesters in Larnaca clashed with police.", nil, "Larnaca"},
		{"police are no plural", "Police in Limassol said the protest was peaceful.", nil, "Limassol"},
		{"a person the article names", "Nicos Larnaca said the airport would stay open.", []Actor{person("Nicos Larnaca", "")}, ""},
	})
}

// TestShortNames checks that a lone name that starts the full name the
// article gives, and ends none, is that person (joinFirstNames): a leader
// the news names by a given name, a child of a feature; and what stays
// apart.
func TestShortNames(t *testing.T) {
	pm := person("Abiy Ahmed", "Prime Minister")
	checkLastCases(t, []lastCase{
		{"an appositive role of an unlisted acronym", "Debretsion Gebremichael, the TPLF chairman, said Tigray was not consulted. Debretsion said the region needed aid.",
			[]Actor{person("Debretsion Gebremichael", "TPLF chairman")}, ""},
		{"a given name after the full name", "Prime Minister Abiy Ahmed spoke on Tuesday. Abiy told parliament that Ethiopia needed the sea.",
			[]Actor{pm, state("Ethiopia")}, ""},
		{"after another's verb", "Prime Minister Abiy Ahmed spoke on Tuesday. Yemane Gebremeskel said Abiy was preparing for war.",
			[]Actor{person("Yemane Gebremeskel", ""), pm}, ""},
		{"before the full name", "Prabowo said Indonesia would buy trains. Indonesian President Prabowo Subianto arrived in Beijing.",
			[]Actor{person("Prabowo Subianto", "Indonesian President")}, "Beijing"},
		{"an appositive role", "Isaias Afwerki, Eritrea's president, met al-Sisi. Isaias said Eritrea would defend its borders.",
			[]Actor{person("Isaias Afwerki", "Eritrean president"), state("Eritrea")}, ""},
		{"a child", "Elian Gonzalez was found at sea. Elian played in the yard on Friday.", []Actor{person("Elian Gonzalez", "")}, ""},
		{"the nearest full name before", "Juan Perez spoke. Juan Miguel Gonzalez arrived. Juan said he was glad.", []Actor{person("Juan Miguel Gonzalez", "")}, ""},
		{"a family name first", "Commerce Minister Wang Wentao met Tai. Wang said the talks were candid.", []Actor{person("Wang Wentao", "Commerce Minister")}, ""},
		// Apart.
		{"a surname the article ends a full name with", "Abbas Araghchi spoke. Mahmoud Abbas arrived. Abbas said no.", []Actor{person("Mahmoud Abbas", "")}, ""},
		{"a surname with a title", "Abbas Araghchi spoke. President Abbas said no.", []Actor{person("Abbas", "President")}, ""},
		{"a surname with an honorific", "Abbas Araghchi spoke. Mr. Abbas said no.", []Actor{person("Abbas", "")}, ""},
		{"a place", "Jordan Bardella spoke. Protests were held in Larnaca. Larnaca Smith left. Fighting raged in Larnaca.", nil, "Larnaca"},
		{"a name a noun of people introduces", "Her son, Joshua, was trapped. Attorney Joshua Larson told jurors. Joshua said no.",
			[]Actor{person("Joshua", "")}, ""},
		{"a king is not the surname of a full name", "Iraq's Saddam Hussein spoke. King Hussein of Jordan arrived. King Hussein met Bush.",
			[]Actor{person("Hussein", "King"), person("Bush", "")}, ""},
		{"the given name of that full name", "Iraq's Saddam Hussein spoke. King Hussein of Jordan arrived. Saddam said no.",
			[]Actor{person("Saddam Hussein", "")}, ""},
	})
}

// TestCompanyEvidence checks the evidence that a name of one word before
// a verb of saying is a company's (sharesMove, sharesBefore, tickerAfter,
// saidIt): its shares, its ticker, "it" or "its" after its verb; and that
// a person named so stays one.
func TestCompanyEvidence(t *testing.T) {
	checkLastCases(t, []lastCase{
		{"its shares move", "Petrobras shares rose 3% on Monday. Petrobras said output rose.", []Actor{orga("Petrobras")}, ""},
		{"its shares move, after the verb", "Petrobras said output rose. Petrobras shares rose 3% on Monday.", []Actor{orga("Petrobras")}, ""},
		{"a possessive before shares", "Sonatrach's shares fell 2%. Sonatrach said exports rose.", []Actor{orga("Sonatrach")}, ""},
		{"shares of", "Investors bought shares of Kestrel. Kestrel said profit rose.", []Actor{orga("Kestrel")}, ""},
		{"shares in, no place", "Shares in Kestrel fell on Monday.", []Actor{orga("Kestrel")}, ""},
		{"shares of a run whose last word ends no name", "Shares of Norfolk Southern fell 2%.", []Actor{orga("Norfolk Southern")}, ""},
		{"a run before shares", "Norfolk Southern shares fell 2%.", []Actor{orga("Norfolk Southern")}, ""},
		{"a class of shares", "Magna cut its dividend, and the company's Class A shares are far below their high.", nil, ""},
		{"a ticker", "Petrobras (PETR4.SA) said on Tuesday that output rose.", []Actor{orga("Petrobras")}, ""},
		{"a market and a ticker", "Petrobras (NYSE: PBR) said output rose.", []Actor{orga("Petrobras")}, ""},
		{"it after the verb", "Equinor said on Monday it would cut spending on wind power.", []Actor{orga("Equinor")}, ""},
		{"that it", "Sonatrach said that it would drill.", []Actor{orga("Sonatrach")}, ""},
		{"its after the verb", "Unilever said its chief executive, Hein Schumacher, would step down.",
			[]Actor{orga("Unilever"), person("Hein Schumacher", "chief executive")}, ""},
		{"every mention", "Nestle said it would raise prices. Nestle met unions in Vevey.", []Actor{orga("Nestle")}, "Vevey"},
		// People stay people.
		{"a full name ending with it", "Senator Jane Kestrel spoke. Kestrel said it would pass.", []Actor{person("Jane Kestrel", "Senator")}, ""},
		{"an honorific", "Mr. Slepian spoke on Monday. Slepian said it was over.", []Actor{person("Slepian", "")}, ""},
		{"he after the verb", "Slepian said he would appeal.", []Actor{person("Slepian", "")}, ""},
		{"a name after the verb", "Kestrel said Russia and its allies were wrong.", []Actor{person("Kestrel", ""), state("Russia")}, ""},
		{"a listed surname", "Putin said it would not happen.", []Actor{person("Putin", "")}, ""},
		{"a given name", "Georgina said it was cold.", []Actor{person("Georgina", "")}, ""},
		{"no ticker in brackets", "Petrobras (Brazil) said output rose.", []Actor{state("Brazil")}, ""},
	})
}
