"""Evaluation against TimeML corpora: reading the documents, the TempEval-3 scorer and the
dateparser baseline it is compared with."""
