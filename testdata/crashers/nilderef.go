package main

import "fmt"

// Account is looked up by id; a missing id gives a nil *Account.
type Account struct {
	ID      string
	balance int64
	history []int64
}

//go:noinline
func (a *Account) Balance(currency string) int64 {
	if currency == "" {
		currency = "EUR"
	}
	return a.balance // CRASH nil-deref
}

type Ledger struct {
	accounts map[string]*Account
}

func (l *Ledger) Lookup(id string) *Account {
	return l.accounts[id]
}

func init() {
	register("nil-deref", nilDeref)
}

func nilDeref() {
	l := &Ledger{accounts: map[string]*Account{"acc-1": {ID: "acc-1", balance: 120}}}
	acct := l.Lookup("acc-2")
	fmt.Println("balance:", acct.Balance("EUR"))
}
