package org.hemicycle.consultation;

import java.util.List;

/** A consultation's latest listed contributions (ideas and comments) and its latest answers, the latest first. */
public record ConsultationNews(Consultation consultation, List<Idea> contributions, List<Idea> answered) {
}
