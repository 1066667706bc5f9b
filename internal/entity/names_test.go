package entity

import (
	"slices"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// TestStormsAndCompanies checks the storms, whose names the article
// repeats, and the organisations whose names read as people or places
// (data/words.txt [storm-head], [time-conjunction], [party], [org-suffix]),
// each with phrasings that must not change.
func TestStormsAndCompanies(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []Actor // of the last sentence
		place      string
	}{
		// Storms: the name after the head is no actor, and nor is the
		// article's other mention of it.
		{"a storm's name repeated", "Hurricane Josephine neared Jamaica. Josephine struck Jamaica on Sept. 17.", []Actor{state("Jamaica")}, ""},
		{"a storm's name that acts", "Hurricane Josephine neared Jamaica. Josephine made landfall on Thursday.", nil, ""},
		{"a tropical storm's name", "Tropical Storm Helene formed. Helene weakened, Governor Ron DeSantis said.", []Actor{person("Ron DeSantis", "Governor")}, ""},
		{"a storm in UK style", "Storm Babet hit Scotland. Babet killed three people.", nil, ""},
		{"a storm after since is no place", "Hurricane Melissa hit in 2025. It was the worst storm to hit the island since Melissa last October.", nil, ""},
		{"a past storm after since", "It was the strongest storm to hit the island since Melissa last October.", nil, ""},
		{"a person of a storm's given name", "Hurricane Josephine neared. Josephine Baker said so.", []Actor{person("Josephine Baker", "")}, ""},
		{"a name without a storm stays a person", "Josephine said the island was ready.", []Actor{person("Josephine", "")}, ""},
		{"a person after since who acts", "Prices rose since Melissa arrived.", []Actor{person("Melissa", "")}, ""},
		{"a person after a conjunction of time", "Tariffs rose after Trump won.", []Actor{person("Trump", "")}, ""},
		{"a ship is still no actor", "Mark Carney spoke. The USS Carney shot down drones.", nil, ""},
		// Organisations cut short or read as people.
		{"an organisation of two runs", "The Competition and Markets Authority said it would review the deal.", []Actor{orga("Competition and Markets Authority")}, ""},
		{"after a possessive", "Britain's Competition and Markets Authority opened a probe.", []Actor{state("United Kingdom"), orga("Competition and Markets Authority")}, ""},
		{"two people joined by and", "Kerry and Lavrov met.", []Actor{person("Kerry", ""), person("Lavrov", "")}, ""},
		{"a listed body and another", "The Kremlin and Defence Ministry said so.", []Actor{orga("Kremlin"), orga("Defence Ministry")}, ""},
		{"a company whose name starts with a common word", "The move puts pressure on Summit Freight, the US logistics company.", []Actor{orga("Summit Freight"), state("United States")}, ""},
		{"the company starts the sentence", "LONDON, March 20 (Reuters) - Summit Freight said on Tuesday it would not bid.", []Actor{orga("Summit Freight")}, ""},
		{"a common word before a name starts a sentence", "Yesterday Putin said no.", []Actor{person("Putin", "")}, ""},
		{"a common word before a title", "Second Prime Minister Hun Sen staged a coup.", []Actor{person("Hun Sen", "Prime Minister")}, ""},
		{"a capital company", "Teller Capital said it would vote against the deal.", []Actor{orga("Teller Capital")}, ""},
		{"the company's short name", "The hedge fund Teller Capital objected. Teller said so on Monday.", []Actor{orga("Teller Capital")}, ""},
		{"a union named before its noun", "Varda met the Unite union. Unite said it wanted guarantees.", []Actor{orga("Unite")}, ""},
		{"a listed union", "Unite said it wanted guarantees.", []Actor{orga("Unite")}, ""},
		{"an adjective before party names no one elsewhere", "The biggest Protestant party objected. Protestant marchers rallied.", nil, ""},
		{"a building alone", "Pavel asks Babis to lead talks after Castle meeting.", []Actor{person("Pavel", "")}, ""},
		{"a person of a university", "Political scientist Lubomir Kopecek of Masaryk University said so.", []Actor{person("Lubomir Kopecek", ""), orga("Masaryk University")}, ""},
		{"a bank of a state is one organisation", "The Bank of England cut rates.", []Actor{orga("Bank of England")}, ""},
		{"a chamber of parliament", "The 200-seat Chamber of Deputies voted 108-91.", []Actor{orga("Chamber of Deputies")}, ""},
		{"a chamber is no place", "The parties signed the agreement in the Chamber of Deputies in Prague.", []Actor{orga("Chamber of Deputies")}, "Prague"},
		// Places from company names.
		{"interest in a company", "Kestrel Logistics rejected the bid. Varda had expressed interest in Kestrel in 2022.", []Actor{orga("Kestrel Logistics")}, ""},
		{"shares in a company", "Kestrel Logistics rejected the bid. Shares in Kestrel rose 6%.", []Actor{orga("Kestrel Logistics")}, ""},
		{"a company's lawyers", "Kestrel Logistics rejected the bid. They met at the offices of Kestrel's lawyers in London.", []Actor{orga("Kestrel Logistics")}, "London"},
		{"a town no company starts", "Pokrovsk Coal rose. Fighting raged in Pokrovsk.", nil, "Pokrovsk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLast(t, tt.text, tt.actors, tt.place)
		})
	}
}

// TestStormEveryMention checks that every sentence of a storm article is
// free of the storm, and that the required people stay.
func TestStormEveryMention(t *testing.T) {
	text := "Hurricane Josephine slammed into Jamaica. Josephine was expected to weaken. " +
		"Lavrov said so. Theresa May spoke. Zelensky met Trump. Ursula von der Leyen said so. " +
		"Staffan de Mistura spoke. Later de Mistura left. Lula said so. Xi said so."
	spans := sentence.Split(text)
	a := Analyze(text, spans)
	want := [][]Actor{
		nil, nil, // "into Jamaica": a direction
		{person("Lavrov", "")}, {person("Theresa May", "")},
		{person("Zelensky", ""), person("Trump", "")}, {person("Ursula von der Leyen", "")},
		{person("Staffan de Mistura", "")}, {person("Staffan de Mistura", "")}, {person("Lula", "")}, {person("Xi", "")},
	}
	if len(spans) != len(want) {
		t.Fatalf("%d sentences, want %d", len(spans), len(want))
	}
	for i := range spans {
		if got := names(a.Actors(i)); !slices.Equal(got, want[i]) && !(len(got) == 0 && len(want[i]) == 0) {
			t.Errorf("sentence %d: Actors = %v, want %v", i, got, want[i])
		}
	}
}
