package org.masar.training.service;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session as a form or a request gives it; the trainer by user name, none when blank. */
public record SessionForm(LocalDate date, LocalTime start, LocalTime end, String place, String trainer) {
}
