//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/scenario"
	"github.com/dilemma/cyberdilemma/web/view"
)

// scenarios is the "Scenario files" part of the calculator: saving the
// state as a scenario file (web/scenario), opening one by the file picker
// or by dropping it on the page, and My scenarios, kept in localStorage. A
// file is checked whole (scenario.Size before it is read, scenario.Decode
// after) before anything changes; it is applied as a URL fragment, through
// the same path as a link (app.load).
type scenarios struct {
	name, note js.Value
	save, keep *dom.HTMLButtonElement
	file       *dom.HTMLInputElement
	status     *written[string]
	statusDone *timer
	errText    js.Value
	list       js.Value // <ul> of My scenarios
	empty      js.Value // the sentence shown while it is empty
	heading    js.Value
	kept       []scenario.File
	renaming   int // the index being renamed, or -1
}

// bindScenarios finds the section's elements (page: required on the
// calculator, absent from the embed).
func bindScenarios(page lookup) *scenarios {
	s := &scenarios{
		name: page.byID("scenario-name"), note: page.byID("scenario-note"),
		save: page.button("scenario-save"), keep: page.button("scenario-keep"), file: page.input("scenario-file"),
		status: newText(page.byID("scenario-status")), errText: page.byID("scenario-error"),
		list: page.byID("my-scenarios"), empty: page.byID("my-scenarios-empty"), heading: page.byID("my-scenarios-heading"),
		renaming: -1,
	}
	s.statusDone = newTimer(func() { s.status.set("") })
	return s
}

// bind adds the listeners and shows My scenarios.
func (s *scenarios) bind(a *app) {
	if s == nil || s.file == nil || !s.list.Truthy() {
		return
	}
	onClick(s.save, func() { s.download(a) })
	onClick(s.keep, func() { s.keepNow(a) })
	picker := s.file.Underlying()
	on(picker, "change", func(js.Value) {
		if files := picker.Get("files"); files.Truthy() && files.Length() > 0 {
			s.open(a, files.Index(0))
		}
		picker.Set("value", "") // the same file may be picked again
	})
	// A file dropped anywhere on the page: the browser would otherwise
	// navigate to it.
	root := a.doc.Get("documentElement")
	hasFiles := func(ev js.Value) bool {
		dt := ev.Get("dataTransfer")
		if !dt.Truthy() {
			return false
		}
		types := dt.Get("types")
		for i := range types.Length() {
			if types.Index(i).String() == "Files" {
				return true
			}
		}
		return false
	}
	on(a.doc, "dragover", func(ev js.Value) {
		if hasFiles(ev) {
			ev.Call("preventDefault")
			ev.Get("dataTransfer").Set("dropEffect", "copy")
			root.Get("classList").Call("add", "dropping")
		}
	})
	on(a.doc, "dragleave", func(ev js.Value) {
		if !ev.Get("relatedTarget").Truthy() {
			root.Get("classList").Call("remove", "dropping")
		}
	})
	on(a.doc, "drop", func(ev js.Value) {
		root.Get("classList").Call("remove", "dropping")
		dt := ev.Get("dataTransfer")
		if !dt.Truthy() || !dt.Get("files").Truthy() || dt.Get("files").Length() == 0 {
			return
		}
		ev.Call("preventDefault")
		s.open(a, dt.Get("files").Index(0))
	})
	on(s.list, "click", func(ev js.Value) {
		b := ev.Get("target").Call("closest", "button[data-act]")
		if !b.Truthy() {
			return
		}
		i, err := strconv.Atoi(b.Get("dataset").Get("index").String())
		if err != nil || i < 0 || i >= len(s.kept) {
			return
		}
		s.act(a, b.Get("dataset").Get("act").String(), i)
	})
	on(s.list, "keydown", func(ev js.Value) {
		if s.renaming < 0 || ev.Get("target").Get("id").String() != "my-scenario-rename" {
			return
		}
		switch ev.Get("key").String() {
		case "Enter":
			ev.Call("preventDefault")
			s.act(a, "rename-save", s.renaming)
		case "Escape":
			ev.Call("preventDefault")
			s.act(a, "rename-cancel", s.renaming)
		}
	})
	s.kept = scenario.DecodeList(loadKept())
	s.show(a.state.Lang, -1)
	enable(s.save, s.keep)
	s.file.SetDisabled(false)
}

// current returns the page's scenario: the state (with B's b.* keys when
// compare is on), and the name and note fields.
func (s *scenarios) current(a *app) scenario.File {
	return scenario.New(a.state.Inputs, a.state.Fragment(), s.name.Get("value").String(), s.note.Get("value").String())
}

// download saves the page's scenario as a file.
func (s *scenarios) download(a *app) {
	f := s.current(a)
	name := view.FileName(a.state, "scenario.json")
	arr := js.Global().Get("Uint8Array").New(len(f.Encode()))
	js.CopyBytesToJS(arr, f.Encode())
	opts := js.Global().Get("Object").New()
	opts.Set("type", "application/json")
	download(a.doc, js.Global().Get("Blob").New([]any{arr}, opts), name)
	s.tell(a, i18n.F(a.state.Lang, "export.saved", "file", name))
}

// keepNow adds the page's scenario to My scenarios.
func (s *scenarios) keepNow(a *app) {
	f := s.current(a)
	if f.Name == "" {
		f.Name = i18n.T(a.state.Lang, "scenario.untitled")
	}
	var dropped []scenario.File
	s.kept, dropped = scenario.Keep(s.kept, f)
	s.store()
	s.show(a.state.Lang, -1)
	msg := i18n.F(a.state.Lang, "scenario.kept", "name", f.Name)
	if len(dropped) > 0 { // the list was full: the oldest made room
		msg += " " + i18n.F(a.state.Lang, "scenario.dropped", "name", dropped[0].Name, "max", strconv.Itoa(scenario.MaxKept))
	}
	s.tell(a, msg)
}

// open reads a picked or dropped file: its size first, then its text.
func (s *scenarios) open(a *app, file js.Value) {
	name := str(file.Get("name"))
	if err := scenario.Size(int64(file.Get("size").Float())); err != nil {
		s.fail(a, name, err)
		return
	}
	var ok, bad js.Func
	release := func() { ok.Release(); bad.Release() }
	ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		buf := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, buf.Length())
		js.CopyBytesToGo(b, buf)
		f, err := scenario.Decode(b)
		if err != nil {
			s.fail(a, name, err)
			return nil
		}
		s.apply(a, f)
		return nil
	})
	bad = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		s.fail(a, name, &scenario.Error{Kind: scenario.KindRead})
		return nil
	})
	file.Call("arrayBuffer").Call("then", ok, bad)
}

// apply puts the page in f's state through the fragment's path, keeping
// the page's theme, language and view (spiral or phase plane), which a
// scenario does not hold, and fills the name and note fields.
func (s *scenarios) apply(a *app, f scenario.File) {
	frag := f.Fragment()
	if a.state.Theme != "" {
		frag += "&theme=" + a.state.Theme
	}
	if a.state.Lang != "" {
		frag += "&lang=" + a.state.Lang
	}
	if a.state.View != "" {
		frag += "&view=" + a.state.View
	}
	a.load(frag)
	a.update()
	s.name.Set("value", f.Name)
	s.note.Set("value", f.Note)
	s.errText.Set("textContent", "")
	title := f.Name
	if title == "" {
		title = i18n.T(a.state.Lang, "scenario.untitled")
	}
	s.tell(a, i18n.F(a.state.Lang, "scenario.opened", "name", title))
}

// fail says why a file was refused; nothing else changes.
func (s *scenarios) fail(a *app, file string, err error) {
	lang := a.state.Lang
	msg := err.Error()
	if e, ok := err.(*scenario.Error); ok { // (errors.As would bring reflection into app.wasm)
		msg = e.Message(lang)
	}
	s.status.set("")
	s.errText.Set("textContent", i18n.F(lang, "scenario.bad", "file", file, "message", msg))
	s.errText.Call("scrollIntoView", map[string]any{"block": "nearest"})
}

// tell shows a status sentence for a while, and clears an old error.
func (s *scenarios) tell(a *app, msg string) {
	s.errText.Set("textContent", "")
	s.status.set(msg)
	s.statusDone.after(copyStatusFor)
}

// act does what a button of My scenarios says to the scenario at index i.
func (s *scenarios) act(a *app, act string, i int) {
	lang := a.state.Lang
	switch act {
	case "open":
		s.apply(a, s.kept[i])
	case "rename":
		s.show(lang, i)
		if in := a.doc.Call("getElementById", "my-scenario-rename"); in.Truthy() {
			in.Call("focus")
			in.Call("select")
		}
	case "rename-save":
		in := a.doc.Call("getElementById", "my-scenario-rename")
		if name := scenario.CleanName(str(in.Get("value"))); name != "" {
			s.kept[i].Name = name
			s.store()
			s.tell(a, i18n.F(lang, "scenario.renamed", "name", name))
		}
		s.show(lang, -1)
		s.focus(i, "rename")
	case "rename-cancel":
		s.show(lang, -1)
		s.focus(i, "rename")
	case "delete":
		name := s.kept[i].Name
		s.kept = append(s.kept[:i:i], s.kept[i+1:]...)
		s.store()
		s.show(lang, -1)
		s.tell(a, i18n.F(lang, "scenario.deleted", "name", name))
		if len(s.kept) == 0 {
			s.heading.Call("focus")
		} else {
			s.focus(min(i, len(s.kept)-1), "open")
		}
	}
}

// focus moves the focus to the act button of the scenario at index i.
func (s *scenarios) focus(i int, act string) {
	if b := s.list.Call("querySelector", `button[data-act="`+act+`"][data-index="`+strconv.Itoa(i)+`"]`); b.Truthy() {
		b.Call("focus")
	}
}

// show writes My scenarios; the one at index renaming has a name field.
func (s *scenarios) show(lang string, renaming int) {
	s.renaming = renaming
	doc := js.Global().Get("document")
	s.list.Call("replaceChildren")
	s.empty.Set("hidden", len(s.kept) > 0)
	button := func(act, key string, i int, described string) js.Value {
		b := doc.Call("createElement", "button")
		b.Set("type", "button")
		b.Get("dataset").Set("act", act)
		b.Get("dataset").Set("index", strconv.Itoa(i))
		b.Call("setAttribute", "data-i18n", key)
		if described != "" {
			b.Call("setAttribute", "aria-describedby", described)
		}
		b.Set("textContent", i18n.T(lang, key))
		return b
	}
	for i, f := range s.kept {
		li := doc.Call("createElement", "li")
		id := "my-scenario-" + strconv.Itoa(i)
		if i == renaming {
			in := doc.Call("createElement", "input")
			in.Set("type", "text")
			in.Set("id", "my-scenario-rename")
			in.Set("value", f.Name)
			in.Call("setAttribute", "maxlength", strconv.Itoa(scenario.MaxNameLen))
			in.Call("setAttribute", "aria-label", i18n.T(lang, "scenario.rename.label"))
			in.Call("setAttribute", "data-i18n-aria-label", "scenario.rename.label")
			li.Call("append", in, button("rename-save", "scenario.rename.save", i, ""), button("rename-cancel", "scenario.rename.cancel", i, ""))
		} else {
			title := doc.Call("createElement", "span")
			title.Set("className", "scenario-title")
			title.Set("id", id)
			title.Set("textContent", f.Name)
			li.Call("append", title,
				button("open", "scenario.item.open", i, id),
				button("rename", "scenario.item.rename", i, id),
				button("delete", "scenario.item.delete", i, id))
		}
		s.list.Call("append", li)
	}
}

// store writes My scenarios to localStorage; a browser that refuses
// storage keeps them for this visit only.
func (s *scenarios) store() {
	defer func() { _ = recover() }()
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		ls.Call("setItem", scenario.StorageKey, scenario.EncodeList(s.kept))
	}
}

// loadKept reads My scenarios from localStorage, or "".
func loadKept() (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		return str(ls.Call("getItem", scenario.StorageKey))
	}
	return ""
}
