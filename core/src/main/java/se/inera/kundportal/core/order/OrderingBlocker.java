package se.inera.kundportal.core.order;

/** A reason an organisation cannot order yet, with the Swedish text the portal shows. */
public enum OrderingBlocker {
    AGREEMENT_NOT_SIGNED("Kundavtal 2 är inte signerat. Inget kan beställas förrän företrädaren har signerat avtalet."),
    NO_ORDERER("Organisationen har ingen Beställare. Administratören behöver tilldela rollen Beställare."),
    NO_ATTESTANT("Organisationen har ingen Attestant. Administratören behöver tilldela rollen Attestant innan det går att beställa."),
    USER_IS_NOT_ORDERER("Du har inte rollen Beställare i organisationen.");

    private final String message;

    OrderingBlocker(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
