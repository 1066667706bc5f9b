package entity

import (
	"slices"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// TestNameBounds checks where a name starts and ends, what is no name,
// and what "in PLACE" describes (bounds.go): the actors and place of the
// last sentence of each text.
func TestNameBounds(t *testing.T) {
	checkLastCases(t, []lastCase{
		// Names read whole.
		{"particles", "On Monday, Ursula von der Leyen said the deal was done.", []Actor{person("Ursula von der Leyen", "")}, ""},
		{"particles after a verb", "“It is done,” said von der Leyen.", []Actor{person("von der Leyen", "")}, ""},
		{"a family name that is a pronoun, after a title", "Chinese Vice Premier He Lifeng met Scott Bessent in Geneva.",
			[]Actor{person("He Lifeng", "Chinese Vice Premier"), person("Scott Bessent", "")}, "Geneva"},
		{"a title of two words inside a run", "Air Force Lieutenant Colonel Eileen Collins said safety had improved.",
			[]Actor{person("Eileen Collins", "Air Force Lieutenant Colonel")}, ""},
		{"a weekday after a name", "President Bill Clinton Thursday praised the investigators.", []Actor{person("Bill Clinton", "President")}, ""},
		{"a weekday after a state", "Iran Saturday condemned the bombing.", []Actor{state("Iran")}, ""},
		{"a participle starting the sentence", "Chanting Helmut Kohl, the crowd marched on Saturday.", []Actor{person("Helmut Kohl", "")}, ""},
		{"an adverb starting the sentence", "Certainly Saddam Hussein knew it.", []Actor{person("Saddam Hussein", "")}, ""},
		{"a demonym before a weapon", "A Russian missile hit a hospital in Kyiv on Monday.", []Actor{state("Russia")}, "Kyiv"},
		// People that stay people.
		{"an initial starting the sentence", "H. Marshall Schwarz was named chairman.", []Actor{person("H. Marshall Schwarz", "")}, ""},
		{"two initials", "The board includes J.C. Matlock.", []Actor{person("J.C. Matlock", "")}, ""},
		{"three initials are an acronym", "He ran the F.A.O. Schwarz store.", nil, ""},
		{"a given name starting the sentence", "Patrick Mahomes threw for 291 yards.", []Actor{person("Patrick Mahomes", "")}, ""},
		{"a pronoun starting the sentence", "He Lifeng met Bessent. He said the talks went well.", nil, ""},
		{"a month after a given name", "On Monday, Theresa May resigned.", []Actor{person("Theresa May", "")}, ""},
		{"a particle", "UN envoy Staffan de Mistura said the deal was a start.", []Actor{person("Staffan de Mistura", "UN envoy")}, ""},
		{"a meeting", "Zelensky met Trump in New York.", []Actor{person("Zelensky", ""), person("Trump", "")}, "New York"},
		{"two surnames", "On Monday, Kerry and Lavrov met in Geneva.", []Actor{person("Kerry", ""), person("Lavrov", "")}, "Geneva"},
		{"a supporter of a person the article names", "Trump said it. Trump supporters cheered.", []Actor{person("Trump", "")}, ""},
		// No people.
		{"a company named after people", "Dean Witter Reynolds analysts said the merger faced a review.", nil, ""},
		{"a clock zone", "The game started at 9:05 p.m. BST on Sunday.", nil, ""},
		{"a clock zone after a time", "INS extended its deadline until 9 a.m. EST Tuesday.", []Actor{orga("INS")}, ""},
		{"a stock index", "The DAX rose 1.2% on Monday.", nil, ""},
		{"a unit", "Temperatures reached 40 degrees Celsius on Sunday.", nil, ""},
		{"an adjective of no state", "An Atlanticist think tank said the deal was fragile.", nil, ""},
		{"a company with a portfolio word", "State Farm said it would raise rates.", nil, ""},
		{"a portfolio word before a title", "Secretary of State Marco Rubio said the deal was signed.", []Actor{person("Marco Rubio", "Secretary of State")}, ""},
		{"a model after its number", "The Boeing 737 Max was grounded on Monday.", nil, ""},
		{"a flight's name before its number", "Boeing said Lion Air Flight 610 crashed.", []Actor{orga("Boeing")}, ""},
		{"an amount after a name", "Innopac Inc. said profit rose. Innopac said it would buy a stake. It holds 4.2 million of Innopac's 13.8 million shares.", []Actor{orga("Innopac Inc.")}, ""},
		{"a score after a name", "Nadal beat Federer 6-4 on Sunday.", []Actor{person("Nadal", ""), person("Federer", "")}, ""},
		{"a given name before a surname", "Max Verstappen won on Sunday.", []Actor{person("Max Verstappen", "")}, ""},
		{"a company suffix after a listed company", "Airbus SE said it would cut jobs.", []Actor{orga("Airbus")}, ""},
		{"a company suffix in capitals after a listed company", "Volkswagen AG said profit fell.", []Actor{orga("Volkswagen")}, ""},
		{"a company suffix after an unlisted name", "Siemens AG said profit fell.", []Actor{orga("Siemens AG")}, ""},
		{"an abbreviated company word first", "The board met. Cie. Financiere de Paribas said it would buy a stake.", []Actor{orga("Cie. Financiere de Paribas")}, ""},
		// Places that describe.
		{"a war's place", "The war in Ukraine was not discussed on Tuesday.", nil, ""},
		{"a crisis's place", "Talks on the crisis in Sudan resumed in Jeddah.", nil, "Jeddah"},
		{"a holding", "Paribas raised its stake in Navigation Mixte to 66.7%.", nil, ""},
		{"a stance before of", "The talks were held at the request of Britain.", nil, ""},
		{"people in a place who speak", "Regulators in the US said they would review it.", nil, ""},
		{"a place after in stays", "Heavy fighting raged in Aleppo.", nil, "Aleppo"},
		{"people in a place who act", "Protesters in Paris clashed with police.", nil, "Paris"},
		{"the city of", "Fighting raged in the besieged city of Taiz.", nil, "Taiz"},
		{"Congo is the DRC", "Rwanda and Congo signed a deal.", []Actor{state("Rwanda"), state("Democratic Republic of Congo")}, ""},
		{"the Republic of Congo", "The Republic of Congo welcomed the deal.", []Actor{state("Republic of Congo")}, ""},
	})
}

// TestHeadlineWords checks that a title-case headline's capitalised words
// are weak evidence: a number does not make it a sentence, an unlisted
// word after "In" or "At" is no place, and a role of no state or
// organisation makes no person of the word after it.
func TestHeadlineWords(t *testing.T) {
	tests := []struct {
		name, title string
		actors      []Actor
		place       string
	}{
		{"a number in a headline", "Russian Strike Kills 12 In Dnipro, Officials Say", []Actor{state("Russia")}, "Dnipro"},
		{"a percentage", "EU Agrees Trade Deal Setting 15% Tariff At 15 Percent", []Actor{orga("European Union")}, ""},
		{"an unlisted word after In", "Court Rules Against Google In Antitrust Case", []Actor{orga("Google")}, ""},
		{"a listed place stays", "Xi Meets Lula In Beijing", nil, "Beijing"},
		{"a money amount", "Union Pacific To Buy Norfolk Southern In $85 Billion Rail Megadeal", nil, ""},
		{"capitalised words only", "Max Verstappen Wins Dutch Grand Prix", nil, ""},
		{"a short list of names stays", "Kerry, Lavrov", []Actor{person("Kerry", ""), person("Lavrov", "")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "The story was published on Monday."
			a := AnalyzeDoc(tt.title, text, sentence.Split(text))
			if got := a.TitleActors(); !slices.Equal(got, tt.actors) {
				t.Errorf("TitleActors = %v, want %v", got, tt.actors)
			}
			if got := a.TitlePlace(); got != tt.place {
				t.Errorf("TitlePlace = %q, want %q", got, tt.place)
			}
		})
	}
}

// TestFamilyName checks that a family name the news names a person by
// alone is the full name the article gives ("Xi" of "Xi Jinping"), and
// that a surname after a royal title still joins its full name.
func TestFamilyName(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Actor // of the last sentence
	}{
		{"a family name before", "Xi Jinping arrived in Moscow. Xi said talks went well.", []Actor{person("Xi Jinping", "")}},
		{"a family name after", "Xi said talks went well. Later, Xi Jinping left.", []Actor{person("Xi Jinping", "")}},
		{"a surname inside a full name", "Luiz Inacio Lula da Silva won. Lula said so.", []Actor{person("Luiz Inacio Lula da Silva", "")}},
		{"a surname inside a full name, before it", "Lula said so. Later, Luiz Inacio Lula da Silva left.", []Actor{person("Luiz Inacio Lula da Silva", "")}},
		{"a surname after a royal title", "Norodom Sihanouk returned. Prince Sihanouk said so.", []Actor{person("Norodom Sihanouk", "Prince")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLast(t, tt.text, tt.want, "")
		})
	}
	t.Run("a headline", func(t *testing.T) {
		text := "Chinese President Xi Jinping met Lula on Tuesday."
		a := AnalyzeDoc("Xi Meets Lula", text, sentence.Split(text))
		if got, want := a.LeadActors(), []Actor{person("Xi Jinping", "Chinese President"), person("Lula", "")}; !slices.Equal(got, want) {
			t.Errorf("LeadActors = %v, want %v", got, want)
		}
	})
}
