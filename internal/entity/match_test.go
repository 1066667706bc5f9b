package entity

import "testing"

func TestMatches(t *testing.T) {
	kerry := person("John Kerry", "US Secretary of State")
	tests := []struct {
		actor Actor
		query string
		want  bool
	}{
		{kerry, "Kerry", true},
		{kerry, "John Kerry", true},
		{kerry, "  john   KERRY ", true},
		{kerry, "John", false},
		{kerry, "Kerry Washington", false},
		{kerry, "United States", false},
		{kerry, "", false},
		{person("Kerry", ""), "John Kerry", true},
		{person("Bashar al-Assad", ""), "Assad", true},
		{person("Bashar al-Assad", ""), "al-Assad", true},
		{person("Staffan de Mistura", ""), "de Mistura", true},
		{person("Staffan de Mistura", ""), "Mistura", true},
		{person("Sergey Lavrov", ""), "Sergei Lavrov", true},
		{person("Sergey Lavrov", ""), "Lavrov", true},
		{person("George Bush", ""), "Jeb Bush", false},
		{orga("Rapid Support Forces"), "RSF", true},
		{orga("Rapid Support Forces"), "rsf", true},
		{orga("Sudan Liberation Movement"), "SLM", true},
		{orga("Forces for Freedom and Change"), "FFC", true},
		{orga("Sudan Liberation Movement"), "SLA", false},
		{orga("Sudan Liberation Movement"), "S", false},
		{person("Rapid Support Forces", ""), "RSF", false},
		{state("Russia"), "Russia", true},
		{state("Russia"), "Russian Federation", true},
		{state("Russia"), "the Russian Federation", true},
		{state("Russia"), "Moscow", true},
		{state("Russia"), "russian", true},
		{state("Russia"), "Kremlin", false},
		{state("Russia"), "Ukraine", false},
		{state("United States"), "US", true},
		{state("United States"), "U.S.", true},
		{state("United States"), "usa", true},
		{state("United States"), "America", true},
		{state("United States"), "Washington", true},
		{orga("United Nations"), "UN", true},
		{orga("United Nations"), "U.N.", true},
		{orga("United Nations"), "the United Nations", true},
		{orga("United Nations"), "UNSC", false},
		{orga("Kremlin"), "Kremlin", true},
		{orga("Kremlin"), "Russia", true},
		{orga("Kremlin"), "Moscow", true},
		{orga("State Department"), "United States", true},
		{orga("State Department"), "Department of State", true},
		{orga("Nusra Front"), "al-Nusra Front", true},
		{orga("Nusra Front"), "nusra front", true},
		{orga("Some Local Council"), "Some Local Council", true},
		{orga("Some Local Council"), "Council", false},
		{state("Russia"), "UN", false},
		{orga("United Nations"), "Russia", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.actor, tt.query); got != tt.want {
			t.Errorf("Matches(%v, %q) = %v, want %v", tt.actor, tt.query, got, tt.want)
		}
	}
}

func TestSameActor(t *testing.T) {
	tests := []struct {
		a, b Actor
		want bool
	}{
		{person("John Kerry", "US Secretary of State"), person("John Kerry", ""), true},
		{person("John Kerry", ""), person("Kerry", ""), true},
		{person("Kerry", ""), person("John Kerry", ""), true},
		{person("J. Kerry", ""), person("John Kerry", ""), true},
		{person("Sergei Lavrov", ""), person("Sergey Lavrov", ""), true},
		{person("Mohammed bin Salman", ""), person("Muhammad bin Salman", ""), true},
		{person("Bashar al-Assad", ""), person("Assad", ""), true},
		{person("George Bush", ""), person("Jeb Bush", ""), false},
		{person("Bill Clinton", ""), person("Hillary Clinton", ""), false},
		{person("John Kerry", ""), person("John Kelly", ""), false},
		{person("Lula", ""), person("Luiz Inacio Lula da Silva", ""), true}, // knownInside
		{person("Correa do Lago", ""), person("Andre Correa do Lago", ""), true},
		{person("Inacio", ""), person("Luiz Inacio Lula da Silva", ""), false},
		{person("Lula", ""), person("Lula Smith", ""), false},
		{person("Lula", ""), person("Marina Silva", ""), false},
		{person("Hassan Sheikh", ""), person("Hassan Sheikh Mohamud", "Somali President"), true}, // startsWords
		{person("Hassan Sheikh Mohamud", ""), person("Hassan Sheikh", ""), true},
		{person("Sharif Sheikh", ""), person("Hassan Sheikh Mohamud", ""), false},
		{person("Hassan", ""), person("Hassan Sheikh Mohamud", ""), false},
		{person("Hassan Sheikh Ali", ""), person("Hassan Sheikh Mohamud", ""), false},
		{state("Russia"), state("russia"), true},
		{state("Russia"), state("Russian Federation"), true},
		{state("United States"), state("U.S."), true},
		{orga("United Nations"), orga("UN"), true},
		{orga("United Nations"), orga("U.N."), true},
		{orga("Kremlin"), state("Russia"), false},
		{state("Georgia"), person("Georgia", ""), false},
		{state("Russia"), state("Ukraine"), false},
		{orga("Nusra Front"), orga("Jabhat al-Nusra"), true},
		{Actor{Name: "Kerry"}, person("John Kerry", ""), true},
		{Actor{}, Actor{}, false},
	}
	for _, tt := range tests {
		if got := SameActor(tt.a, tt.b); got != tt.want {
			t.Errorf("SameActor(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameActor(tt.b, tt.a); got != tt.want {
			t.Errorf("SameActor(%v, %v) = %v, want %v (swapped)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestGivenNamesAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sergei", "Sergey", true},
		{"Mohammed", "Muhammad", true},
		{"Mohammad", "Mohammed", true},
		{"J.", "John", true},
		{"J", "john", true},
		{"John", "Jeb", false},
		{"Bill", "Hillary", false},
		{"Al", "Ali", false},
	}
	for _, tt := range tests {
		if got := givenNamesAgree(tt.a, tt.b); got != tt.want {
			t.Errorf("givenNamesAgree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
