package explain

import (
	"encoding/json"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// The API embeds an Explanation with encoding/json (the server's, not this
// package's): its keys are the documented ones.
func TestExplanationJSON(t *testing.T) {
	b, err := json.Marshal(Explain(ZhCN, model.Default()))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"lang", "summary", "world_id", "world_name", "world", "driver", "sensitivity", "posture_flip", "containment", "posen", "quotes"} {
		if _, ok := m[k]; !ok {
			t.Errorf("explanation JSON has no %q: %s", k, b)
		}
	}
	d := m["driver"].(map[string]any)
	if d["input"] != "dialogue" || d["effect"] == nil || d["text"] == "" || m["lang"] != "zh-CN" {
		t.Errorf("explanation JSON: %s", b)
	}
	q := m["quotes"].([]any)[0].(map[string]any)
	if q["en"] == "" || q["text"] == q["en"] {
		t.Errorf("quote JSON: %v", q)
	}
	lv, _ := LeverByID("law")
	if _, err := json.Marshal(lv.Effect(En, model.Default())); err != nil {
		t.Errorf("lever outcome JSON: %v", err)
	}
	if _, err := json.Marshal(History(ZhTW)); err != nil {
		t.Errorf("history JSON: %v", err)
	}
}
