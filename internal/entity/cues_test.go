package entity

import "testing"

// TestCompanyCues checks the companies an article shows by its words
// (firmCue: a lone name that speaks in an article about a company), by a
// ticker of digits ("TSMC (2330.TW)"), and the abbreviations that are no
// name in capitals ("AI chips"); each with the phrasings that must not
// change. The actors of the last sentence of each text.
func TestCompanyCues(t *testing.T) {
	tests := []lastCase{
		{"a lone name that speaks, the company", "The company signed a contract with Eni. Sonatrach said in a statement that drilling would begin.",
			[]Actor{orga("Sonatrach")}, ""},
		{"a lone name that speaks, a sale", "The sale of the Nigerian assets was agreed. Shell said the sale would close in March.",
			[]Actor{orga("Shell")}, ""},
		{"a lone name that speaks, the oil major", "Profits fell at the oil major. Shell said output would rise.", []Actor{orga("Shell")}, ""},
		{"a lone name that speaks, a ticker elsewhere", "Equinor (EQNR.OL) rose. Aker said output would rise.", []Actor{orga("Aker")}, ""},
		{"a lone name that speaks, profits with a capital", "Profits rose 5 percent. Aker said output would rise.", []Actor{orga("Aker")}, ""},
		{"a cue inside a word is none", "The companyless plan failed. Aker said output would rise.", []Actor{person("Aker", "")}, ""},
		{"a company's figures name no one", "The company grew. Revenue declined 8% to $85.7 million.", nil, ""},
		{"an agency of revenue stays", "The Internal Revenue Service said it would audit the firm.", []Actor{orga("Internal Revenue Service")}, ""},
		{"a speaker's he stays a person", "The company grew. Roberts said he would stay.", []Actor{person("Roberts", "")}, ""},
		{"no cue, a person", "Officials met in Algiers. Sonatrach said drilling would begin.", []Actor{person("Sonatrach", "")}, ""},
		{"a deal is no cue", "After the meeting, McCarthy said a deal was possible.", []Actor{person("McCarthy", "")}, ""},
		{"a full name stays a person", "Ann Kerr joined the company. Kerr said the plan was sound.", []Actor{person("Ann Kerr", "")}, ""},
		{"a title stays a person", "Mr. Kerr runs the company. Kerr said the plan was sound.", []Actor{person("Kerr", "")}, ""},
		{"a known surname stays a person", "The company met officials. Lavrov said the plan was sound.", []Actor{person("Lavrov", "")}, ""},
		{"a ticker of digits before shares", "TSMC (2330.TW) shares rose 3 percent.", []Actor{orga("TSMC")}, ""},
		{"a ticker of digits before a verb", "Hon Hai (2317.TW) said on Monday sales fell.", []Actor{orga("Hon Hai")}, ""},
		{"a dateline stays none", "GAZA (AP) — Hamas said talks would resume.", []Actor{orga("Hamas")}, ""},
		{"a company named for its region", "Southern California Edison said it would cut power.", []Actor{orga("Southern California Edison")}, ""},
		{"its short name after", "Southern California Edison said it would cut power. Edison said the risk was high.",
			[]Actor{orga("Southern California Edison")}, ""},
		{"a region's company before its appositive", "Power went off at Southern California Edison, the utility company, on Monday.",
			[]Actor{orga("Southern California Edison")}, ""},
		{"a region alone stays none", "Southern California was hit by fires.", nil, ""},
		{"a region's company with no evidence stays none", "The plan for Southern California Edison was approved.", nil, ""},
		{"AI chips", "Demand for AI chips remains strong.", nil, ""},
		{"the AI boom", "The AI boom lifted markets.", nil, ""},
		{"Ai Weiwei stays", "Ai Weiwei said the show would open.", []Actor{person("Ai Weiwei", "")}, ""},
		{"another acronym before chips stays", "The TSMC chips are in demand.", []Actor{orga("TSMC")}, ""},
	}
	checkLastCases(t, tests)
}

// TestShortForms checks the short forms of a person's name the news uses:
// a name of two words that starts the full name (joinShortNames) and a
// nickname the article gives (mention.alias); each with the phrasings that
// must not change. The actors of the last sentence of each text.
func TestShortForms(t *testing.T) {
	hsm := person("Hassan Sheikh Mohamud", "Somali President")
	jw := person("Joko Widodo", "Indonesian President")
	tests := []lastCase{
		{"two words of three", "Somali President Hassan Sheikh Mohamud met the envoy. Hassan Sheikh said the vote would go ahead.", []Actor{hsm}, ""},
		{"two words before the full name", "Hassan Sheikh said the vote would go ahead. Somali President Hassan Sheikh Mohamud met the envoy. Hassan Sheikh left.",
			[]Actor{hsm}, ""},
		{"another name of the same first word stays", "Somali President Hassan Sheikh Mohamud met the envoy. Hassan Ali said the vote would go ahead.",
			[]Actor{person("Hassan Ali", "")}, ""},
		{"a name that ends the full name stays its surname", "Somali President Hassan Sheikh Mohamud met the envoy. Mohamud said no.", []Actor{hsm}, ""},
		{"a nickname", "Indonesian President Joko Widodo, known as Jokowi, opened the new capital. Jokowi said the move was historic.", []Actor{jw}, ""},
		{"a nickname in brackets", "Mohamed Hamdan Dagalo (better known as Hemedti) spoke. Hemedti said the talks had failed.",
			[]Actor{person("Mohamed Hamdan Dagalo", "")}, ""},
		{"a nickname in an article about a company", "The company grew. Indonesian President Joko Widodo, known as Jokowi, spoke. Jokowi said profits rose.", []Actor{jw}, ""},
		{"a thing's name stays none", "Joko Widodo spoke. The project, known as Nusantara, began.", nil, ""},
		{"a nickname of no person before it stays", "The rebel, known as Hemedti, spoke.", nil, ""},
	}
	checkLastCases(t, tests)
}

// TestOffices checks the titles of [office] in data/titles.txt, which name
// an official of a body of the state before them ("the U.S. attorney" is
// the Justice Department's), and a court's area that completes a role;
// each with the phrasings that must not change. The actors of the last
// sentence of each text.
func TestOffices(t *testing.T) {
	justice := func(role string) Actor { return Actor{Name: "Justice Department", Role: role, Type: Organization} }
	tests := []lastCase{
		{"an unnamed U.S. attorney", "The U.S. attorney for the Western District said charges were filed.",
			[]Actor{justice("attorney for the Western District")}, ""},
		{"a U.S. attorney's appositive", "Michael Fields, the U.S. attorney for the Western District of Texas, said the case was closed.",
			[]Actor{person("Michael Fields", "U.S. attorney for the Western District of Texas")}, ""},
		{"the appositive with its seat", "Denise O'Donnell, the U.S. attorney for the Western District of New York in Buffalo, spoke.",
			[]Actor{person("Denise O'Donnell", "U.S. attorney for the Western District of New York")}, "Buffalo"},
		{"the unnamed attorney is the one named", "Michael Fields, the U.S. attorney for the Western District of Texas, spoke. The U.S. attorney said charges were filed.",
			[]Actor{person("Michael Fields", "U.S. attorney for the Western District of Texas")}, ""},
		{"a Southern District", "The U.S. attorney for the Southern District of New York declined to comment.",
			[]Actor{justice("attorney for the Southern District of New York")}, ""},
		{"a title before the name stays", "U.S. Attorney Mary Jo White said no.", []Actor{person("Mary Jo White", "U.S. Attorney")}, ""},
		{"the attorney general stays the state's", "The U.S. attorney general said no.", []Actor{{Name: "United States", Role: "attorney general", Type: State}}, ""},
		{"another state's marshal stays the state's", "A Russian marshal said no.", []Actor{{Name: "Russia", Role: "marshal", Type: State}}, ""},
		{"the department by any name", "The Department of Justice said it would appeal.", []Actor{orga("Justice Department")}, ""},
		{"an envoy's complement stays", "The U.S. envoy to the United Nations said no.", []Actor{{Name: "United States", Role: "envoy to the United Nations", Type: State}}, ""},
	}
	checkLastCases(t, tests)
}
