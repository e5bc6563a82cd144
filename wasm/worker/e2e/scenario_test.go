//go:build !js

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/scenario"
	"github.com/dilemma/cyberdilemma/web/view"
)

// dropFile drops a file holding data (a JavaScript expression for its
// contents: a string or a typed array) on the page's <main>, as a reader
// dragging it from the desktop would: a synthetic drop event with a
// DataTransfer.
func (tb *tab) dropFile(name, data string) {
	tb.t.Helper()
	eval[chromedp.Void](tb, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+data+`], `+strconv.Quote(name)+`, {type: "application/json"}));
		const main = document.querySelector("main");
		main.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		main.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`)
}

// pageState is what the tests compare: the URL fragment, the sliders and
// the model version shown.
func pageState(tb *tab) string {
	tb.t.Helper()
	return eval[string](tb, `location.hash + " | " + ["tech", "discourse", "attribution", "dialogue"].map(k => document.getElementById(k).value).join(",") +
		" | " + ["us-offense", "china-offense"].map(k => document.getElementById(k).checked).join(",") +
		" | v" + document.getElementById("model-version").dataset.value`)
}

// TestScenarioRoundTrip saves a state as a scenario file (the download's
// bytes), then opens that file on a fresh page by the file picker and by
// dropping it: the same state each time.
func TestScenarioRoundTrip(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	in := model.Inputs{Tech: 0.31, Discourse: 0.62, Attribution: 0.44, Dialogue: 0.09, US: model.Defense, China: model.Offense, Version: 1}
	tb.open("/#" + in.Encode())
	want := pageState(tb)
	tb.do(chromedp.SendKeys("#scenario-name", "Tech advantage, v1"), chromedp.SendKeys("#scenario-note", "A note"))
	b := tb.download(dir, "#scenario-save", view.FileName(view.State{Inputs: in}, "scenario.json"))
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("the download is not JSON: %v\n%s", err, b)
	}
	if raw["schema"] != scenario.Schema || raw["model_version"] != 1.0 || raw["name"] != "Tech advantage, v1" || raw["note"] != "A note" || raw["b"] != nil {
		t.Errorf("downloaded scenario = %s", b)
	}
	f, err := scenario.Decode(b)
	if err != nil || f.A != scenario.SideOf(in) {
		t.Fatalf("scenario.Decode(download) = %+v, %v; want A = %+v", f, err, scenario.SideOf(in))
	}
	path := filepath.Join(dir, "saved.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}

	// The file picker: a fresh page at the baseline, then the file.
	tb.open("/")
	if pageState(tb) == want {
		t.Fatal("the baseline page already shows the saved state")
	}
	if !eval[bool](tb, `!!document.querySelector('label[for="scenario-file"]').textContent.trim()`) {
		t.Error("#scenario-file has no visible label")
	}
	tb.do(chromedp.SetUploadFiles("#scenario-file", []string{path}))
	tb.poll(`document.getElementById("scenario-status").textContent.includes("Tech advantage, v1")`)
	tb.poll(`location.hash.includes("tech=0.31")`)
	if got := pageState(tb); got != want {
		t.Errorf("opened by the picker: %s, want %s", got, want)
	}
	if got := eval[string](tb, `document.getElementById("scenario-name").value + "/" + document.getElementById("scenario-note").value`); got != "Tech advantage, v1/A note" {
		t.Errorf("name/note fields = %q", got)
	}

	// Dropped on the page.
	tb.open("/")
	tb.dropFile("saved.json", strconv.Quote(string(b)))
	tb.poll(`location.hash.includes("tech=0.31")`)
	if got := pageState(tb); got != want {
		t.Errorf("opened by a drop: %s, want %s", got, want)
	}
	if s := eval[string](tb, `document.getElementById("scenario-error").textContent`); s != "" {
		t.Errorf("a good file shows the error %q", s)
	}
}

// TestScenarioBadFiles opens bad files: each is refused with a notice
// naming what is wrong, and the page's state is unchanged. The 10 MB file
// is refused by its size, before it is read.
func TestScenarioBadFiles(t *testing.T) {
	good := string(scenario.New(model.Default(), "", "x", "").Encode())
	tests := []struct {
		name, file, data string
		want             []string // in the notice
	}{
		{"not JSON", "notes.txt", strconv.Quote("tech=0.85, not JSON"), []string{"notes.txt", "not JSON"}},
		{"wrong schema", "other.json", strconv.Quote(strings.Replace(good, scenario.Schema, "someone-else/7", 1)), []string{"schema must be " + scenario.Schema, "someone-else/7"}},
		{"out of range", "range.json", strconv.Quote(strings.Replace(good, `"tech": 0.85`, `"tech": 1.7`, 1)), []string{"state A: tech must be a number in [0, 1]", "1.7"}},
		{"unknown model version", "v9.json", strconv.Quote(strings.Replace(good, `"model_version": 2`, `"model_version": 9`, 1)), []string{"model_version must be a model version, 1 to 2; got 9"}},
		{"10 MB", "huge.json", `new Uint8Array(10 * 1024 * 1024)`, []string{"huge.json", "the file is 10 MB; a scenario file is at most 64 KB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t)
			tb.open("/#tech=0.42&discourse=0.33&attribution=0.70&dialogue=0.15&us=offense&china=offense&v=2")
			before := pageState(tb)
			// Count the reads of any file's contents.
			eval[chromedp.Void](tb, `window.__reads = 0; for (const m of ["arrayBuffer", "text", "stream"]) { const o = Blob.prototype[m]; Blob.prototype[m] = function () { window.__reads++; return o.call(this); }; }`)
			tb.dropFile(tt.file, tt.data)
			tb.poll(`document.getElementById("scenario-error").textContent !== ""`)
			msg := eval[string](tb, `document.getElementById("scenario-error").textContent`)
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("notice %q lacks %q", msg, w)
				}
			}
			if !strings.Contains(msg, "nothing changed") {
				t.Errorf("notice %q does not say that nothing changed", msg)
			}
			if got := pageState(tb); got != before {
				t.Errorf("state after a bad file: %s, want %s", got, before)
			}
			if eval[string](tb, `document.getElementById("scenario-error").getAttribute("role")`) != "alert" {
				t.Error("#scenario-error is not an alert")
			}
			if reads := eval[int](tb, `window.__reads`); tt.name == "10 MB" && reads != 0 {
				t.Errorf("the 10 MB file was read (%d reads) before its size was checked", reads)
			} else if tt.name != "10 MB" && reads == 0 {
				t.Error("the file was never read: the read counter does not work")
			}
		})
	}
	// The picker gives the same notice (the Chinese page, in Chinese).
	t.Run("picker, zh-CN", func(t *testing.T) {
		tb := newTab(t)
		path := filepath.Join(t.TempDir(), "bad.json")
		if err := os.WriteFile(path, []byte(strings.Replace(good, `"us": "offense"`, `"us": "attack"`, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		tb.open("/#lang=zh-CN&tech=0.42")
		before := pageState(tb)
		tb.do(chromedp.SetUploadFiles("#scenario-file", []string{path}))
		tb.poll(`document.getElementById("scenario-error").textContent !== ""`)
		msg := eval[string](tb, `document.getElementById("scenario-error").textContent`)
		if !strings.Contains(msg, "未打开") || !strings.Contains(msg, "attack") {
			t.Errorf("notice %q: want the Chinese notice naming “attack”", msg)
		}
		if got := pageState(tb); got != before {
			t.Errorf("state after a bad file: %s, want %s", got, before)
		}
	})
}

// TestScenarioMine keeps scenarios in the browser, renames one by the
// keyboard, opens it, and deletes it; the list outlives a reload.
func TestScenarioMine(t *testing.T) {
	tb := newTab(t)
	low := model.Default()
	low.Tech, low.Dialogue = 0.12, 0.95
	tb.open("/#" + low.Encode())
	eval[chromedp.Void](tb, `localStorage.removeItem("`+scenario.StorageKey+`")`)
	tb.open("/#" + low.Encode())
	saved := pageState(tb)
	if !eval[bool](tb, `!document.getElementById("my-scenarios-empty").hidden && document.querySelectorAll("#my-scenarios li").length === 0`) {
		t.Error("an empty My scenarios does not say so")
	}
	tb.do(chromedp.SendKeys("#scenario-name", "Low tech"))
	tb.click("#scenario-keep")
	tb.poll(`document.querySelectorAll("#my-scenarios li").length === 1`)
	if got := eval[string](tb, `document.querySelector("#my-scenarios .scenario-title").textContent`); got != "Low tech" {
		t.Errorf("kept scenario's name = %q", got)
	}
	// Rename by the keyboard: Enter on Rename, a new name, Enter.
	tb.do(chromedp.Focus(`#my-scenarios button[data-act="rename"]`))
	tb.enter()
	tb.poll(`document.activeElement.id === "my-scenario-rename"`)
	tb.do(chromedp.KeyEvent(kb.End))
	tb.do(chromedp.KeyEvent(" 2"))
	tb.enter()
	tb.poll(`document.querySelector("#my-scenarios .scenario-title")?.textContent === "Low tech 2"`)
	if got := eval[string](tb, `document.activeElement.dataset.act || document.activeElement.id`); got != "rename" {
		t.Errorf("after renaming, the focus is on %q, want the Rename button", got)
	}
	// Escape cancels a rename.
	tb.enter()
	tb.poll(`document.activeElement.id === "my-scenario-rename"`)
	tb.do(chromedp.KeyEvent("x"), chromedp.KeyEvent(kb.Escape))
	tb.poll(`document.querySelector("#my-scenarios .scenario-title")?.textContent === "Low tech 2"`)

	// It outlives a reload; Open brings its state back.
	tb.open("/")
	tb.poll(`document.querySelector("#my-scenarios .scenario-title")?.textContent === "Low tech 2"`)
	if raw := eval[string](tb, `localStorage.getItem("`+scenario.StorageKey+`")`); len(scenario.DecodeList(raw)) != 1 {
		t.Errorf("localStorage holds %q", raw)
	}
	tb.do(chromedp.Focus(`#my-scenarios button[data-act="open"]`))
	tb.enter()
	tb.poll(`location.hash.includes("tech=0.12")`)
	if got := pageState(tb); got != saved {
		t.Errorf("opened from My scenarios: %s, want %s", got, saved)
	}
	// Delete: the list is empty again, and the focus is on its heading.
	tb.do(chromedp.Focus(`#my-scenarios button[data-act="delete"]`))
	tb.enter()
	tb.poll(`document.querySelectorAll("#my-scenarios li").length === 0`)
	if got := eval[string](tb, `document.activeElement.id`); got != "my-scenarios-heading" {
		t.Errorf("after deleting the last one the focus is on %q", got)
	}
	if raw := eval[string](tb, `localStorage.getItem("`+scenario.StorageKey+`")`); raw != "[]" {
		t.Errorf("localStorage after delete = %q", raw)
	}
}

// TestScenarioSavesB: with compare on, the scenario carries state B as
// "b"; opened on a fresh page it turns compare on with the same B; a
// scenario without B, opened on a comparing page, turns compare off.
func TestScenarioSavesB(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	in := model.Default()
	frag := in.Encode() + "&b.tech=0.30&b.dialogue=0.00&b.china=offense"
	st, _ := view.Parse(frag, view.Default())
	frag = st.Fragment() // the page's canonical link, which opening the scenario writes
	tb.open("/#" + frag)
	if !eval[bool](tb, `document.getElementById("compare").checked`) {
		t.Fatal("b.* keys did not turn compare on")
	}
	want := pageState(tb)
	b := tb.download(dir, "#scenario-save", view.FileName(st, "scenario.json"))
	f, err := scenario.Decode(b)
	if err != nil {
		t.Fatalf("scenario.Decode(download) = %v\n%s", err, b)
	}
	wantB := scenario.Side{Tech: 0.3, Discourse: 0.75, Attribution: 0.2, Dialogue: 0, US: "offense", China: "offense"}
	if f.B == nil || *f.B != wantB {
		t.Fatalf("saved b = %+v, want %+v\n%s", f.B, wantB, b)
	}

	// Opened on a fresh page: compare on, the same A and B.
	tb.open("/")
	tb.dropFile("compare.json", strconv.Quote(string(b)))
	tb.poll(`location.hash.includes("b.tech=0.30")`)
	if got := pageState(tb); got != want {
		t.Errorf("opened: %s, want %s", got, want)
	}
	if got := eval[string](tb, `document.getElementById("compare").checked + " " + document.getElementById("b-tech").value + " " + document.getElementById("b-china-offense").checked`); got != "true 0.3 true" {
		t.Errorf("compare, #b-tech, B's China offense = %q, want true 0.3 true", got)
	}
	if s := eval[string](tb, `document.getElementById("notice").hidden ? "" : document.getElementById("notice-list").textContent`); s != "" {
		t.Errorf("opening the scenario gave the notice %q", s)
	}

	// A scenario without B on this comparing page: one state again.
	one := scenario.New(model.Default(), "", "one", "")
	one.A.Tech = 0.5
	tb.dropFile("one.json", strconv.Quote(string(one.Encode())))
	tb.poll(`location.hash.includes("tech=0.50")`)
	if eval[bool](tb, `document.getElementById("compare").checked || location.hash.includes("b.")`) {
		t.Errorf("a scenario without B left compare on: %s", eval[string](tb, `location.hash`))
	}
}

// TestScenarioKeepsFullAndView: keeping one more in a full My scenarios
// drops the oldest on the page as in storage (MaxKept) and says so; and
// opening a scenario keeps the page's view (the phase plane), language and
// theme, which a scenario does not hold.
func TestScenarioKeepsFullAndView(t *testing.T) {
	tb := newTab(t)
	tb.open("/#view=plane&lang=zh-CN&theme=dark")
	var full []scenario.File
	for i := range scenario.MaxKept {
		full = append(full, scenario.New(model.Default(), "", "s"+strconv.Itoa(i), ""))
	}
	eval[chromedp.Void](tb, `localStorage.setItem("`+scenario.StorageKey+`", `+strconv.Quote(scenario.EncodeList(full))+`)`)
	tb.reload()
	tb.poll(`document.querySelectorAll("#my-scenarios li").length === ` + strconv.Itoa(scenario.MaxKept))
	for _, name := range []string{"n1", "n2"} {
		eval[chromedp.Void](tb, `document.getElementById("scenario-name").value = `+strconv.Quote(name))
		tb.click("#scenario-keep")
		tb.poll(`document.querySelector("#my-scenarios li:last-child .scenario-title")?.textContent === ` + strconv.Quote(name))
	}
	if n := eval[int](tb, `document.querySelectorAll("#my-scenarios li").length`); n != scenario.MaxKept {
		t.Errorf("My scenarios shows %d after keeping 2 more in a full list, want %d", n, scenario.MaxKept)
	}
	if first := eval[string](tb, `document.querySelector("#my-scenarios .scenario-title").textContent`); first != "s2" {
		t.Errorf("the oldest shown is %q, want s2", first)
	}
	want := i18n.F("zh-CN", "scenario.dropped", "name", "s1", "max", strconv.Itoa(scenario.MaxKept))
	if st := eval[string](tb, `document.getElementById("scenario-status").textContent`); !strings.Contains(st, want) {
		t.Errorf("status %q, want it to say %q", st, want)
	}
	if raw := eval[string](tb, `localStorage.getItem("`+scenario.StorageKey+`")`); len(scenario.DecodeList(raw)) != scenario.MaxKept {
		t.Errorf("localStorage holds %d", len(scenario.DecodeList(raw)))
	}

	// Open one: its inputs, and the page's view, language and theme.
	low := model.Default()
	low.Tech = 0.12
	f := scenario.New(low, "", "low", "")
	tb.dropFile("low.json", strconv.Quote(string(f.Encode())))
	tb.poll(`location.hash.includes("tech=0.12")`)
	h := eval[string](tb, `location.hash`)
	for _, k := range []string{"view=plane", "lang=zh-CN", "theme=dark"} {
		if !strings.Contains(h, k) {
			t.Errorf("after opening a scenario the link %q lacks %s", h, k)
		}
	}
	if v := eval[string](tb, `document.getElementById("spiral-view").value`); v != "plane" {
		t.Errorf("after opening a scenario #spiral-view = %q, want plane", v)
	}
}
