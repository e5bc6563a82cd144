//go:build js && wasm

package main

import "syscall/js"

// storageKey is the localStorage key that remembers the language the reader
// last picked with #lang.
const storageKey = "dilemma.lang"

// storedLang returns the language stored from the reader's last pick, or
// "". Storage may be refused (a sandboxed or privacy-hardened browser): then
// nothing is remembered.
func storedLang() (lang string) {
	defer func() {
		if recover() != nil {
			lang = ""
		}
	}()
	ls := js.Global().Get("localStorage")
	if !ls.Truthy() {
		return ""
	}
	v := ls.Call("getItem", storageKey)
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// storeLang remembers the reader's pick; see storedLang.
func storeLang(lang string) {
	defer func() { _ = recover() }()
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		ls.Call("setItem", storageKey, lang)
	}
}
