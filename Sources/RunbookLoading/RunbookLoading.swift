// RunbookLoading: YAML files to RunbookModel values, with every problem reported
// as `FILE:LINE:COLUMN: error: MESSAGE`. The only module that imports Yams.
