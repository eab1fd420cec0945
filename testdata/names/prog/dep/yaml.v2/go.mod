module example.com/dep/yaml.v2

go 1.19
