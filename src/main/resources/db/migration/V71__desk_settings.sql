-- Settings an admin changes while the desk runs; a setting without a row takes its default from the configuration.
create table desk_setting (
    name          varchar(100) primary key,
    setting_value varchar(200) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(200) not null
);
