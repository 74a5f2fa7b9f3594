-- How precise a venue's position is: SOURCE (given by the source), or how the directory placed
-- it when the source gave none: ADDRESS, STREET, COMMUNE, POSTCODE.
alter table venue add column position_precision varchar(20);
