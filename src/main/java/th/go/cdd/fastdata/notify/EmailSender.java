package th.go.cdd.fastdata.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (spring.mail.*), plain text in Thai. */
@Component
class EmailSender implements Sender {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	EmailSender(ObjectProvider<JavaMailSender> mail, NotifySettings settings) {
		this.mail = mail;
		this.from = settings.mailFrom();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean enabled() {
		return this.from != null && !this.from.isBlank() && this.mail.getIfAvailable() != null;
	}

	@Override
	public void send(String target, String retryKey, Topic topic, String text, String link) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(target);
		message.setSubject("Fast Data: " + topic.label());
		message.setText(text + (link == null ? "" : "\n\n" + link)
				+ "\n\n-- \nข้อความนี้ส่งจาก Fast Data เลือกเรื่องที่ต้องการรับได้ที่หน้า การแจ้งเตือนของฉัน");
		this.mail.getObject().send(message);
	}

}
