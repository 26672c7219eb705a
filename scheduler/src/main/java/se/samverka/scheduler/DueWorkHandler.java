package se.samverka.scheduler;

/**
 * Runs one kind of due work. A Spring bean per kind; the scheduler finds it by
 * {@link #kind()}. Handlers should be idempotent: after a crash mid-run the work is run
 * again once its lease expires.
 */
public interface DueWorkHandler {

	String kind();

	CatchUp catchUp();

	/**
	 * Does the work; an exception means "try again later" until the attempts are used up.
	 */
	void run(DueWork work);

}
