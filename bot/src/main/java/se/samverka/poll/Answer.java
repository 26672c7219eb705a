package se.samverka.poll;

/** What a voter says to one option: yes, if need be, no (ja / om det behövs / nej). */
public enum Answer {

	YES, MAYBE, NO

}
