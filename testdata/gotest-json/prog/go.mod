module gotestjson

go 1.21
