# Prints, for every CSV named on the command line, the class base R's read.csv gives each
# column with no options: one line "file<TAB>column<TAB>class". Run by tests/readers/check.py.
args <- commandArgs(trailingOnly = TRUE)
for (path in args) {
  table <- read.csv(path, encoding = "UTF-8")
  for (column in names(table)) {
    cat(basename(path), "\t", column, "\t", class(table[[column]])[1], "\n", sep = "")
  }
}
