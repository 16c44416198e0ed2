package org.alliance.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is read on a schedule ({@link OutboxDelivery}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {

}
