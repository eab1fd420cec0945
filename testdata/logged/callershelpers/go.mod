module example.com/callershelpers

go 1.19
