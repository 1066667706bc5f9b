package entity

import "testing"

// TestPhrases checks the phrases of phrases.go and the titles of trials and
// legislatures: titles kept out of names, party labels before a title,
// capitalised words before a lowercase title, organisations with "on",
// peoples before a plural title, a possessive before a relation, and a
// settlement's place; each with the phrasings that must not change. The
// actors and place of the last sentence of each text.
func TestPhrases(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []Actor
		place      string
	}{
		// Titles of a trial: no title in the name.
		{"an assistant US attorney", "In an opening statement, Assistant US Attorney Rachel Kim said the drug failed.",
			[]Actor{person("Rachel Kim", "Assistant US Attorney")}, ""},
		{"an assistant U.S. attorney", "Assistant U.S. Attorney Rachel Kim told jurors the case was strong.",
			[]Actor{person("Rachel Kim", "Assistant U.S. Attorney")}, ""},
		{"a U.S. attorney", "A statement came from U.S. Attorney Mary Jo White.", []Actor{person("Mary Jo White", "U.S. Attorney")}, ""},
		{"a district attorney", "District Attorney Frank Clark said the case was strong.", []Actor{person("Frank Clark", "District Attorney")}, ""},
		{"a defense lawyer", "Defense lawyer Howard Brandt countered that the data were preliminary.",
			[]Actor{person("Howard Brandt", "Defense lawyer")}, ""},
		{"a defense attorney of a firm", "Defense attorney Howard Brandt of Brandt & Coyle LLP argued otherwise.",
			[]Actor{person("Howard Brandt", "Defense attorney"), orga("Brandt & Coyle LLP")}, ""},
		{"attorney general stays one title", "Attorney General Merrick Garland said no.", []Actor{person("Merrick Garland", "Attorney General")}, ""},
		{"a lawyer's appositive", "Delaney's lawyer, Howard Brandt, said the verdict was wrong.",
			[]Actor{person("Howard Brandt", "lawyer")}, ""},
		// A party label before a title starts the role.
		{"a party label before a run and a title", "Republican House Speaker Kevin McCarthy told reporters.",
			[]Actor{person("Kevin McCarthy", "Republican House Speaker")}, ""},
		{"a party label before a title", "Democrat Sen. Jon Tester said no.", []Actor{person("Jon Tester", "Democrat Sen.")}, ""},
		{"a party label before a name", "Republican Winsome Earle-Sears won.", []Actor{person("Winsome Earle-Sears", "Republican")}, ""},
		{"a party label alone", "Democrat Abigail Spanberger said no.", []Actor{person("Abigail Spanberger", "Democrat")}, ""},
		// Capitalised words before a lowercase title are the role's.
		{"a chamber and a party before leader", "House Democratic leader Hakeem Jeffries also attended.",
			[]Actor{person("Hakeem Jeffries", "House Democratic leader")}, ""},
		{"a chamber, a party label and leader", "Senate Republican leader Mitch McConnell attended.",
			[]Actor{person("Mitch McConnell", "Senate Republican leader")}, ""},
		{"a party before leader", "Sinn Fein leader Gerry Adams kept his party out.", []Actor{person("Gerry Adams", "Sinn Fein leader")}, ""},
		{"a title case run stays", "Senate Majority Leader John Thune said no.", []Actor{person("John Thune", "Senate Majority Leader")}, ""},
		{"not after a company's officer", "Tata Sons chairman N. Chandrasekaran said the group would build a plant.",
			[]Actor{orga("Tata Sons"), person("N. Chandrasekaran", "chairman")}, ""},
		{"not after a listed surname", "Trump spokesman Steven Cheung said no.", []Actor{person("Trump", ""), person("Steven Cheung", "spokesman")}, ""},
		// Organisations named with "on".
		{"a convention on", "The United Nations Framework Convention on Climate Change said it had opened an investigation.",
			[]Actor{orga("United Nations Framework Convention on Climate Change")}, ""},
		{"a panel on", "The Intergovernmental Panel on Climate Change said warming was faster.",
			[]Actor{orga("Intergovernmental Panel on Climate Change")}, ""},
		{"a committee on", "He testified before the Committee on Government Reform.", []Actor{orga("Committee on Government Reform")}, ""},
		{"not on a date", "The U.N. Security Council on Aug. 6 ordered an embargo.", []Actor{orga("United Nations Security Council")}, ""},
		{"not on a weekday", "The Cabinet on Sunday approved the budget.", nil, ""},
		// Abbreviations of a role or a rating.
		{"a CFO", "Former Halvorsen CFO Lena Ortiz testified.", []Actor{person("Lena Ortiz", "")}, ""},
		{"a CFO alone", "The trial heard the CFO on Tuesday.", nil, ""},
		{"a rating", "Fitch put the U.S. AAA credit rating on watch.", []Actor{state("United States")}, ""},
		{"an acronym stays", "The YPG said it would withdraw.", []Actor{orga("YPG")}, ""},
		// A people before a plural title.
		{"a people before leaders", "Andre Correa do Lago met Munduruku leaders on Wednesday.", []Actor{person("Andre Correa do Lago", "")}, ""},
		{"a person the article names before aides", "Biden spoke on Monday. Biden aides said the talks went well.",
			[]Actor{person("Biden", "")}, ""},
		{"a company before officials", "Rally's founder James Patterson wants control. Rally officials weren't available.", []Actor{orga("Rally")}, ""},
		// A possessive before a relation is a person's.
		{"a lawyer of a person", "Marcus Delaney was convicted. Delaney's lawyer Howard Brandt pressed Ortiz.",
			[]Actor{person("Marcus Delaney", ""), person("Howard Brandt", "lawyer")}, ""},
		{"a founder of a company", "Shares of Rally's Inc. fell. Rally's founder James Patterson wants control.",
			[]Actor{orga("Rally"), person("James Patterson", "founder")}, ""},
		// A plural of people starting a sentence starts no name.
		{"lawyers for a company", "Lawyers for Lumen Exchange founder Tobias Reinholt accused his deputy.",
			[]Actor{orga("Lumen Exchange"), person("Tobias Reinholt", "founder")}, ""},
		{"prosecutors for a department", "Prosecutors for the Justice Department said no.", []Actor{orga("Justice Department")}, ""},
		{"not inside a run", "The Lawyers Committee for Civil Rights said no.", []Actor{orga("Lawyers Committee for Civil Rights")}, ""},
		// Long titles and honours.
		{"a minister of two portfolios", "Indonesia's Minister of Marine Affairs and Fisheries Sakti Wahyu Trenggono signed the treaty.",
			[]Actor{person("Sakti Wahyu Trenggono", "Indonesian Minister of Marine Affairs and Fisheries")}, ""},
		{"a barrister's honour", "Prosecutor Nicholas Johnson KC told the jury the case was strong.",
			[]Actor{person("Nicholas Johnson", "Prosecutor")}, ""},
		{"a chamber", "The bill now goes to the House of Lords, where peers will examine it.", []Actor{orga("House of Lords")}, ""},
		{"a forum", "Leaders met at the Pacific Islands Forum in August.", []Actor{orga("Pacific Islands Forum")}, ""},
		// Places: the settlement after "of", a room of a seat of government.
		{"a demonym and a name before city of", "The conference ended in the French Riviera city of Nice.", nil, "Nice"},
		{"a region before city of", "Nearly 200 countries will gather in the Amazon city of Belem from Monday.", nil, "Belem"},
		{"two words before city of", "Leaders met in the Pacific port city of Buenaventura.", nil, "Buenaventura"},
		{"a demonym before city of stays", "Aid workers arrived in the Syrian city of Aleppo.", nil, "Aleppo"},
		{"a county stays a place", "The fire burned in Loudon county.", nil, "Loudon"},
		{"a numbered event", "A fire broke out at the Cop30 climate summit venue in Belem on Thursday.", nil, "Belem"},
		{"a numbered event alone", "Delegates spoke at the Cop28 summit.", nil, ""},
		{"an unlisted place before a summit stays", "Leaders met at the Lusaka summit.", nil, "Lusaka"},
		{"the Oval Office", "After the meeting in the Oval Office on Tuesday, McCarthy said a deal was possible.",
			[]Actor{person("McCarthy", "")}, "Oval Office"},
		{"an Oval Office meeting", "Speaker Kevin McCarthy ended an Oval Office meeting without a deal.",
			[]Actor{person("Kevin McCarthy", "Speaker")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLast(t, tt.text, tt.actors, tt.place)
		})
	}
}
