package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which group-work items say to keep the groups of the one before. */
class KeptGroupsInTheAgendaUnitTests {

	@Test
	void theSeedsSecondGroupWorkKeepsItsGroupsAndTheFirstDoesNot() {
		Agenda agenda = new AgendaParser().parse("""
				Nätverksträff 2 – Barnens bästa gäller!
				2026-03-25 Digitalt via Teams
				09:30 Grupparbete: Roller & mandat (30 min)
				  Förväntningar på oss inom vår egen enhet/verksamhet
				10:00-10:15 Paus
				10:15 Grupparbete: Samverkan (30 min)
				  Förväntningar på varandra mellan enheter/verksamheter
				  1) Behåll samma grupp
				10:45 Group work: Next steps, same groups
				11:15 Tack för idag – samma grupp nästa gång""");

		assertThat(agenda.slots()).extracting(AgendaSlot::keepsGroups).containsExactly(false, false, true, true, false);
	}

}
